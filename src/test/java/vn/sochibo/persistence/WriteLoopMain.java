package vn.sochibo.persistence;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import vn.sochibo.domain.common.Ids;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;

/**
 * Started as a separate JVM by {@link CrashSafetyTest}: opens the data folder and commits members one by one
 * for ever, printing "ACK id" after each commit returns (the moment the app would tell the user "saved").
 * The test kills it with SIGKILL at a random moment.
 */
public final class WriteLoopMain {
    private WriteLoopMain() {
    }

    public static void main(String[] args) {
        Database db = Database.open(Path.of(args[0]));
        var members = db.memberRepository();
        System.out.println("READY");
        System.out.flush();
        for (int i = 0; ; i++) {
            Member m = new Member(Ids.newId(), "Đảng viên " + args[1] + "-" + i, Gender.FEMALE, null, "Quảng Trị",
                    "Ghi liên tục để thử mất điện: " + "x".repeat(i % 500), LocalDate.of(2000, 1, 1), null, null,
                    null, null, List.of());
            db.transactions().run(() -> members.save(m));
            System.out.println("ACK " + m.id());
            System.out.flush();
        }
    }
}
