package vn.sochibo.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;

/**
 * What every subcommand needs: a way to open the data folder, the messages, where to print, and standard input
 * (a password given with --password-stdin).
 */
record CliContext(AppServices.Opener opener, Messages messages, PrintWriter out, PrintWriter err, InputStream in) {
}
