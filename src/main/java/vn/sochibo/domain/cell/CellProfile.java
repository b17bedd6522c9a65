package vn.sochibo.domain.cell;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.Text;

/**
 * The cell's profile as printed in every document header: its name, the upper organisation, the place
 * used in date lines, and the committee of the current term.
 *
 * @param cellName          "Chi bộ Thôn Đông" (printed in capitals in headers)
 * @param upperOrganisation "Đảng bộ xã Hải Phong"
 * @param placeName         "Quảng Trị" for "Quảng Trị, ngày … tháng … năm …"
 * @param secretaryId       bí thư (a member), may be null until chosen
 * @param deputyId          phó bí thư, optional
 * @param committeeMemberIds other chi ủy members, without the secretary and deputy
 */
public record CellProfile(
        String cellName,
        String upperOrganisation,
        String placeName,
        LocalDate termStart,
        LocalDate termEnd,
        UUID secretaryId,
        UUID deputyId,
        List<UUID> committeeMemberIds) {

    public CellProfile {
        committeeMemberIds = List.copyOf(new LinkedHashSet<>(committeeMemberIds == null ? List.of() : committeeMemberIds));
    }

    public List<Problem> check() {
        List<Problem> problems = new ArrayList<>();
        if (Text.isBlank(cellName)) {
            problems.add(Problem.of("cellName", "cell.error.nameRequired"));
        }
        if (Text.isBlank(upperOrganisation)) {
            problems.add(Problem.of("upperOrganisation", "cell.error.upperRequired"));
        }
        if (Text.isBlank(placeName)) {
            problems.add(Problem.of("placeName", "cell.error.placeRequired"));
        }
        Problem.addIfTooLong(problems, "cellName", cellName, 200);
        Problem.addIfTooLong(problems, "upperOrganisation", upperOrganisation, 200);
        Problem.addIfTooLong(problems, "placeName", placeName, 100);
        if (termStart == null || termEnd == null) {
            problems.add(Problem.of("term", "cell.error.termRequired"));
        } else if (!termStart.isBefore(termEnd)) {
            problems.add(Problem.of("term", "cell.error.termOrder"));
        }
        if (secretaryId != null && secretaryId.equals(deputyId)) {
            problems.add(Problem.of("deputyId", "cell.error.deputyIsSecretary"));
        }
        if ((secretaryId != null && committeeMemberIds.contains(secretaryId)) || (deputyId != null && committeeMemberIds.contains(deputyId))) {
            problems.add(Problem.of("committeeMemberIds", "cell.error.committeeRepeatsLeader"));
        }
        return problems;
    }
}
