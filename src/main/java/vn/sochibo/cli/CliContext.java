package vn.sochibo.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.common.Messages;

/**
 * What every subcommand needs: a way to open the data folder (and to restore one whose database does not open),
 * the messages, where to print, and standard input for passwords.
 */
record CliContext(AppServices.Opener opener, AppServices.Recovery recovery, Messages messages, PrintWriter out,
        PrintWriter err, PasswordInput passwords) {
}
