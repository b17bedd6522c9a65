package vn.sochibo.persistence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.sochibo.application.common.StoreException;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

/**
 * Started as a separate JVM by {@link DatabaseTest}. With the data folder as the only argument it tries to
 * open it and prints what happened on one line ("OPENED", or "REFUSED " + the message key and class, or
 * "FAILED " + the class). With a second argument "crash NAME" it opens the folder, commits one member called
 * NAME and halts the JVM without closing anything, like a power cut.
 */
public final class OpenDataFolderMain {
    private OpenDataFolderMain() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        if (args.length == 3 && args[1].equals("crash")) {
            Database db = Database.open(dir);
            var members = db.memberRepository();
            db.transactions().run(() -> members.save(new Member(Ids.newId(), args[2], Gender.MALE, null, null, null,
                    LocalDate.of(2000, 1, 1), null, null, null, null, List.of())));
            System.out.println("COMMITTED");
            System.out.flush();
            Runtime.getRuntime().halt(0);
        }
        try (Database db = Database.open(dir)) {
            System.out.println("OPENED");
        } catch (StoreException e) {
            System.out.println("REFUSED " + e.messageKey() + " " + e.getClass().getSimpleName());
        } catch (RuntimeException e) {
            System.out.println("FAILED " + e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
