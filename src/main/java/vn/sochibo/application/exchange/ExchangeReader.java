package vn.sochibo.application.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.sochibo.application.common.FileRejectedException;
import vn.sochibo.application.common.LocatedProblem;
import java.util.Objects;
import vn.sochibo.application.meeting.MeetingCanonicalForm;
import vn.sochibo.application.meeting.MeetingService;
import vn.sochibo.domain.cell.CellProfile;
import vn.sochibo.domain.meeting.Correction;
import vn.sochibo.domain.meeting.CorrectionRules;
import vn.sochibo.domain.meeting.Meeting;
import vn.sochibo.domain.meeting.MeetingRules;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.domain.pledge.Pledge;
import vn.sochibo.domain.pledge.PledgeFollowUp;
import vn.sochibo.domain.pledge.PledgeRules;
import vn.sochibo.domain.member.MemberRules;
import vn.sochibo.domain.member.StatusEvent;
import vn.sochibo.domain.member.StatusEventType;

/**
 * Reads and checks a whole exchange file before anything is written. Every problem is reported with the
 * line of the record it is in and the path of the field ("members[3].birthDate").
 */
final class ExchangeReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TOP_FIELDS = Set.of("format", "formatVersion", "appVersion", "exportedAt",
            "cell", "members", "meetings", "corrections", "settings", "pledges", "reviews");
    private static final Set<String> ARRAYS = Set.of("members", "meetings", "corrections", "pledges", "reviews");
    private static final Set<String> CELL_FIELDS = Set.of("cellName", "upperOrganisation", "placeName", "termStart",
            "termEnd", "secretaryId", "deputyId", "committeeMemberIds");
    private static final Set<String> MEMBER_FIELDS = Set.of("id", "fullName", "gender", "birthDate", "hometown",
            "position", "admissionDate", "officialDate", "cardNumber", "phone", "note", "statusHistory");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "type", "date", "note");

    private final List<LocatedProblem> problems = new ArrayList<>();
    private final FieldReader fields = new FieldReader(problems);
    private final LocalDate today;

    private ExchangeReader(LocalDate today) {
        this.today = today;
    }

    /** The file's data, or a {@link FileRejectedException} naming every problem found. */
    static ExchangeData read(InputStream in, LocalDate today) {
        return new ExchangeReader(today).readAll(in);
    }

    private record Located(int line, JsonNode node) {
    }

    private ExchangeData readAll(InputStream in) {
        Map<String, Located> top = new LinkedHashMap<>();
        List<Located> memberNodes = new ArrayList<>();
        List<Located> meetingNodes = new ArrayList<>();
        List<Located> correctionNodes = new ArrayList<>();
        List<Located> pledgeNodes = new ArrayList<>();
        List<Located> reviewNodes = new ArrayList<>();
        try (JsonParser p = MAPPER.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                reject(1, "file", "exchange.error.notExchangeFile");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                int line = line(p.currentTokenLocation());
                JsonToken value = p.nextToken();
                if (!TOP_FIELDS.contains(name)) {
                    problems.add(FieldReader.problem(line, name, "exchange.error.unknownField", name));
                    p.skipChildren();
                } else if (ARRAYS.contains(name) && value == JsonToken.START_ARRAY) {
                    List<Located> target = switch (name) {
                        case "members" -> memberNodes;
                        case "meetings" -> meetingNodes;
                        case "pledges" -> pledgeNodes;
                        case "reviews" -> reviewNodes;
                        default -> correctionNodes;
                    };
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        target.add(new Located(line(p.currentTokenLocation()), MAPPER.readTree(p)));
                    }
                } else {
                    top.put(name, new Located(line, MAPPER.readTree(p)));
                }
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            reject(where == null ? 0 : line(where), "file", "exchange.error.badJson", e.getOriginalMessage());
        } catch (IOException e) {
            reject(0, "file", "exchange.error.unreadable", e.getMessage());
        }
        checkHeader(top);
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        List<Member> members = readMembers(memberNodes);
        CellProfile cell = top.containsKey("cell") ? readCell(top.get("cell"), members) : null;
        Map<String, String> settings = readSettings(top.get("settings"));
        List<Meeting> meetings = readMeetings(meetingNodes, members);
        List<Correction> corrections = readCorrections(correctionNodes, meetings);
        List<PledgeJson.Read> pledges = readPledges(pledgeNodes, members, meetings);
        List<ReviewJson.Read> reviews = readReviews(reviewNodes, members);
        if (!problems.isEmpty()) {
            throw new FileRejectedException(problems);
        }
        return new ExchangeData(cell, members, meetings, corrections, settings,
                pledges.stream().map(PledgeJson.Read::pledge).toList(),
                pledges.stream().flatMap(p -> p.followUps().stream()).toList(),
                reviews.stream().map(ReviewJson.Read::period).toList(),
                reviews.stream().flatMap(r -> r.members().stream()).toList(),
                reviews.stream().flatMap(r -> r.finalLevels().stream()).toList(),
                reviews.stream().flatMap(r -> r.addenda().stream()).toList());
    }

    private void checkHeader(Map<String, Located> top) {
        Located format = top.get("format");
        if (format == null || !ExchangeFormat.FORMAT_NAME.equals(format.node().asText())) {
            problems.add(FieldReader.problem(1, "format", "exchange.error.notExchangeFile"));
            return;
        }
        Located version = top.get("formatVersion");
        if (version == null || !version.node().canConvertToInt() || version.node().asInt() < 1) {
            problems.add(FieldReader.problem(format.line(), "formatVersion", "exchange.error.badVersion"));
        } else if (version.node().asInt() > ExchangeFormat.VERSION) {
            problems.add(FieldReader.problem(version.line(), "formatVersion", "exchange.error.newerVersion",
                    version.node().asInt(), ExchangeFormat.VERSION));
        }
    }

    private List<Member> readMembers(List<Located> nodes) {
        List<Member> members = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        Map<String, String> cardOwners = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Located located = nodes.get(i);
            String path = "members[" + i + "]";
            int line = located.line();
            JsonNode n = located.node();
            if (!n.isObject()) {
                problems.add(FieldReader.problem(line, path, "exchange.error.notObject"));
                continue;
            }
            int before = problems.size();
            fields.unknownFields(line, path, n, MEMBER_FIELDS);
            UUID id = fields.uuid(line, path, n, "id", true);
            String fullName = fields.text(line, path, n, "fullName", true);
            String genderText = fields.text(line, path, n, "gender", false);
            Gender gender = fields.enumValue(line, path, "gender", genderText, Gender.class);
            LocalDate birth = fields.date(line, path, n, "birthDate", false);
            LocalDate admission = fields.date(line, path, n, "admissionDate", true);
            LocalDate official = fields.date(line, path, n, "officialDate", false);
            String hometown = fields.text(line, path, n, "hometown", false);
            String position = fields.text(line, path, n, "position", false);
            String card = fields.text(line, path, n, "cardNumber", false);
            String phone = fields.text(line, path, n, "phone", false);
            List<StatusEvent> history = readHistory(line, path, n.get("statusHistory"));
            if (problems.size() > before) {
                continue;
            }
            Member member = new Member(id, fullName, gender, birth, hometown, position, admission, official, card,
                    phone, FieldReader.multiline(n, "note"), history);
            if (!ids.add(id)) {
                problems.add(FieldReader.problem(line, path + ".id", "exchange.error.duplicateId", id));
            }
            if (member.cardNumber() != null) {
                String other = cardOwners.putIfAbsent(member.cardNumber(), path);
                if (other != null) {
                    problems.add(FieldReader.problem(line, path + ".cardNumber", "exchange.error.duplicateCard",
                            member.cardNumber(), other));
                }
            }
            for (Problem p : MemberRules.check(member, today)) {
                problems.add(new LocatedProblem(line, new Problem(path + "." + p.field(), p.messageKey(), p.args())));
            }
            members.add(member);
        }
        return members;
    }

    private List<StatusEvent> readHistory(int line, String memberPath, JsonNode history) {
        List<StatusEvent> events = new ArrayList<>();
        if (history == null || history.isNull()) {
            return events;
        }
        if (!history.isArray()) {
            problems.add(FieldReader.problem(line, memberPath + ".statusHistory", "exchange.error.notArray"));
            return events;
        }
        for (int j = 0; j < history.size(); j++) {
            String path = memberPath + ".statusHistory[" + j + "]";
            JsonNode e = history.get(j);
            if (!e.isObject()) {
                problems.add(FieldReader.problem(line, path, "exchange.error.notObject"));
                continue;
            }
            int before = problems.size();
            fields.unknownFields(line, path, e, EVENT_FIELDS);
            UUID id = fields.uuid(line, path, e, "id", true);
            StatusEventType type = fields.enumValue(line, path, "type", fields.text(line, path, e, "type", true), StatusEventType.class);
            LocalDate date = fields.date(line, path, e, "date", true);
            String note = fields.text(line, path, e, "note", false);
            if (problems.size() == before) {
                events.add(new StatusEvent(id, type, date, note));
            }
        }
        return events;
    }

    private CellProfile readCell(Located located, List<Member> members) {
        JsonNode n = located.node();
        int line = located.line();
        if (!n.isObject()) {
            problems.add(FieldReader.problem(line, "cell", "exchange.error.notObject"));
            return null;
        }
        int before = problems.size();
        fields.unknownFields(line, "cell", n, CELL_FIELDS);
        List<UUID> committee = new ArrayList<>();
        JsonNode ids = n.get("committeeMemberIds");
        if (ids != null && !ids.isNull()) {
            if (!ids.isArray()) {
                problems.add(FieldReader.problem(line, "cell.committeeMemberIds", "exchange.error.notArray"));
            } else {
                for (int i = 0; i < ids.size(); i++) {
                    committee.add(fields.parseUuid(line, "cell.committeeMemberIds[" + i + "]", ids.get(i).asText()));
                }
            }
        }
        CellProfile cell = new CellProfile(fields.text(line, "cell", n, "cellName", false),
                fields.text(line, "cell", n, "upperOrganisation", false), fields.text(line, "cell", n, "placeName", false),
                fields.date(line, "cell", n, "termStart", false), fields.date(line, "cell", n, "termEnd", false),
                fields.uuid(line, "cell", n, "secretaryId", false), fields.uuid(line, "cell", n, "deputyId", false), committee);
        if (problems.size() > before) {
            return null;
        }
        for (Problem p : cell.check()) {
            problems.add(new LocatedProblem(line, new Problem("cell." + p.field(), p.messageKey(), p.args())));
        }
        Set<UUID> known = new HashSet<>();
        members.forEach(m -> known.add(m.id()));
        List<UUID> referenced = new ArrayList<>(cell.committeeMemberIds());
        if (cell.secretaryId() != null) {
            referenced.add(cell.secretaryId());
        }
        if (cell.deputyId() != null) {
            referenced.add(cell.deputyId());
        }
        for (UUID id : referenced) {
            if (!known.contains(id)) {
                problems.add(FieldReader.problem(line, "cell", "exchange.error.unknownMemberId", id));
            }
        }
        return cell;
    }

    private Map<String, String> readSettings(Located located) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (located == null || located.node().isNull()) {
            return settings;
        }
        if (!located.node().isObject()) {
            problems.add(FieldReader.problem(located.line(), "settings", "exchange.error.notObject"));
            return settings;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = located.node().fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> e = fields.next();
            if (!e.getValue().isTextual()) {
                problems.add(FieldReader.problem(located.line(), "settings." + e.getKey(), "exchange.error.notText"));
            } else {
                settings.put(e.getKey(), e.getValue().asText());
            }
        }
        return settings;
    }

    private List<Meeting> readMeetings(List<Located> nodes, List<Member> members) {
        Map<UUID, Member> membersById = new HashMap<>();
        members.forEach(m -> membersById.put(m.id(), m));
        List<Meeting> meetings = new ArrayList<>();
        Map<UUID, Integer> lines = new HashMap<>();
        Map<UUID, String> paths = new HashMap<>();
        Map<UUID, LocalDate> taskDates = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Located located = nodes.get(i);
            String path = "meetings[" + i + "]";
            Meeting m = MeetingJson.read(fields, located.line(), path, located.node());
            if (m == null) {
                continue;
            }
            if (lines.putIfAbsent(m.id(), located.line()) != null) {
                fields.add(located.line(), path + ".id", "exchange.error.duplicateId", m.id());
                continue;
            }
            paths.put(m.id(), path);
            for (Problem p : MeetingRules.checkDraft(m, membersById, today)) {
                problems.add(new LocatedProblem(located.line(), new Problem(path + "." + p.field(), p.messageKey(),
                        p.args())));
            }
            m.tasks().forEach(t -> taskDates.put(t.id(), m.date()));
            meetings.add(m);
        }
        for (Meeting m : meetings) {
            for (Meeting.TaskFollowUp f : m.followUps()) {
                LocalDate assigned = taskDates.get(f.taskId());
                if (assigned == null || !assigned.isBefore(m.date())) {
                    fields.add(lines.get(m.id()), paths.get(m.id()) + ".followUps", "exchange.error.unknownTask",
                            f.taskId());
                }
            }
        }
        String previous = null;
        for (Meeting m : Meeting.finalizedInChainOrder(meetings)) {
            Meeting.Finalization f = m.finalization();
            if (!Objects.equals(previous, f.previousHash())) {
                fields.add(lines.get(m.id()), paths.get(m.id()) + ".finalization.previousHash",
                        "exchange.error.chainBroken");
            } else if (!MeetingCanonicalForm.chainedHash(m, f.previousHash()).equals(f.contentHash())) {
                fields.add(lines.get(m.id()), paths.get(m.id()) + ".finalization.contentHash",
                        "exchange.error.hashMismatch");
            }
            previous = f.contentHash();
        }
        return meetings;
    }

    /**
     * Reads the correction addenda: each belongs to a finalized meeting of the file, passes the same rules as
     * when it was recorded, and its hash chain (from the meeting's hash, in recording order) is intact.
     */
    private List<Correction> readCorrections(List<Located> nodes, List<Meeting> meetings) {
        Map<UUID, Meeting> meetingsById = new HashMap<>();
        meetings.forEach(m -> meetingsById.put(m.id(), m));
        Map<UUID, Located> located = new HashMap<>();
        Map<UUID, String> paths = new HashMap<>();
        Map<UUID, List<Correction>> byMeeting = new LinkedHashMap<>();
        Set<String> numbers = new java.util.HashSet<>();
        List<Correction> corrections = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Located node = nodes.get(i);
            String path = "corrections[" + i + "]";
            Correction c = CorrectionJson.read(fields, node.line(), path, node.node());
            if (c == null) {
                continue;
            }
            if (located.putIfAbsent(c.id(), node) != null) {
                fields.add(node.line(), path + ".id", "exchange.error.duplicateId", c.id());
                continue;
            }
            paths.put(c.id(), path);
            Meeting m = meetingsById.get(c.meetingId());
            if (m == null || !m.isFinalized()) {
                fields.add(node.line(), path + ".meetingId", "exchange.error.correctionNotFinalized");
                continue;
            }
            if (!numbers.add(c.meetingId() + "/" + c.document() + "/" + c.number())) {
                fields.add(node.line(), path + ".number", "exchange.error.duplicateCorrectionNumber", c.number());
                continue;
            }
            Correction.Draft draft = new Correction.Draft(c.meetingId(), c.document(), c.date(), c.reason(), c.items());
            for (Problem p : CorrectionRules.check(draft, m, today)) {
                problems.add(new LocatedProblem(node.line(), new Problem(path + "." + p.field(), p.messageKey(),
                        p.args())));
            }
            byMeeting.computeIfAbsent(c.meetingId(), k -> new ArrayList<>()).add(c);
            corrections.add(c);
        }
        byMeeting.forEach((meetingId, list) -> {
            String previous = meetingsById.get(meetingId).finalization().contentHash();
            for (Correction c : MeetingService.correctionsInChainOrder(list)) {
                int line = located.get(c.id()).line();
                if (!Objects.equals(previous, c.previousHash())) {
                    fields.add(line, paths.get(c.id()) + ".previousHash", "exchange.error.correctionChainBroken");
                } else if (!MeetingCanonicalForm.chainedHash(c, c.previousHash()).equals(c.contentHash())) {
                    fields.add(line, paths.get(c.id()) + ".contentHash", "exchange.error.correctionHashMismatch");
                }
                previous = c.contentHash();
            }
        });
        return corrections;
    }

    /**
     * Reads the pledges: each of a member of the file, one per member and year, passing the rules applied when it is
     * typed in; each follow-up of one of its items, passing the same rules, at a meeting of the file (on its date).
     */
    private List<PledgeJson.Read> readPledges(List<Located> nodes, List<Member> members, List<Meeting> meetings) {
        Map<UUID, Member> membersById = new HashMap<>();
        members.forEach(m -> membersById.put(m.id(), m));
        Map<UUID, LocalDate> meetingDates = new HashMap<>();
        meetings.forEach(m -> meetingDates.put(m.id(), m.date()));
        Set<UUID> ids = new java.util.HashSet<>();
        Set<String> memberYears = new java.util.HashSet<>();
        List<PledgeJson.Read> pledges = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            Located node = nodes.get(i);
            String path = "pledges[" + i + "]";
            PledgeJson.Read read = PledgeJson.read(fields, node.line(), path, node.node());
            if (read == null) {
                continue;
            }
            Pledge p = read.pledge();
            if (!ids.add(p.id())) {
                fields.add(node.line(), path + ".id", "exchange.error.duplicateId", p.id());
                continue;
            }
            if (!memberYears.add(p.memberId() + "/" + p.year())) {
                fields.add(node.line(), path + ".year", "pledge.error.duplicate", p.year());
                continue;
            }
            Member member = membersById.get(p.memberId());
            for (Problem problem : PledgeRules.checkPledge(p, member, today)) {
                problems.add(new LocatedProblem(node.line(), new Problem(path + "." + problem.field(),
                        problem.messageKey(), problem.args())));
            }
            for (int j = 0; j < read.followUps().size(); j++) {
                PledgeFollowUp f = read.followUps().get(j);
                String at = path + ".followUps[" + j + "]";
                if (!ids.add(f.id()) || p.items().stream().anyMatch(x -> x.id().equals(f.id()))) {
                    fields.add(node.line(), at + ".id", "exchange.error.duplicateId", f.id());
                }
                LocalDate meetingDate = null;
                if (f.meetingId() != null) {
                    meetingDate = meetingDates.get(f.meetingId());
                    if (meetingDate == null) {
                        fields.add(node.line(), at + ".meetingId", "pledge.error.meetingNotFound");
                    }
                }
                for (Problem problem : PledgeRules.checkFollowUp(f, p, meetingDate, today)) {
                    problems.add(new LocatedProblem(node.line(), new Problem(at + "." + problem.field(),
                            problem.messageKey(), problem.args())));
                }
            }
            p.items().forEach(x -> {
                if (!ids.add(x.id())) {
                    fields.add(node.line(), path + ".items", "exchange.error.duplicateId", x.id());
                }
            });
            pledges.add(read);
        }
        return pledges;
    }

    private void reject(int line, String field, String key, Object... args) {
        problems.add(FieldReader.problem(line, field, key, args));
        throw new FileRejectedException(problems);
    }

    private static int line(JsonLocation location) {
        return location.getLineNr();
    }

    /**
     * Reads the annual reviews: members of the file only, the period's rules, and for a finalized review its hash and
     * the chain of its final levels, which must match what the file holds (as for finalized meetings).
     */
    private List<ReviewJson.Read> readReviews(List<Located> nodes, List<Member> members) {
        Set<UUID> memberIds = new HashSet<>();
        members.forEach(m -> memberIds.add(m.id()));
        List<ReviewJson.Read> reviews = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Located node = nodes.get(i);
            String path = "reviews[" + i + "]";
            ReviewJson.Read read = ReviewJson.read(fields, node.line(), path, node.node());
            if (read == null) {
                continue;
            }
            vn.sochibo.domain.review.ReviewPeriod p = read.period();
            if (!ids.add(p.id())) {
                fields.add(node.line(), path + ".id", "exchange.error.duplicateId", p.id());
            }
            for (Problem problem : vn.sochibo.domain.review.ReviewRules.checkPeriod(p)) {
                fields.add(node.line(), path + "." + problem.field(), problem.messageKey(), problem.args().toArray());
            }
            List<UUID> named = new ArrayList<>();
            read.members().forEach(r -> named.add(r.memberId()));
            read.finalLevels().forEach(f -> named.add(f.memberId()));
            p.meeting().rollCall().forEach(r -> named.add(r.memberId()));
            named.stream().filter(id -> id != null && !memberIds.contains(id)).distinct().forEach(id ->
                    fields.add(node.line(), path, "exchange.error.unknownMemberId", id));
            if (p.isFinalized() && !vn.sochibo.application.review.ReviewCanonicalForm.chainedHash(p, read.members(),
                    p.finalization().previousHash()).equals(p.finalization().contentHash())) {
                fields.add(node.line(), path + ".finalization", "exchange.error.hashMismatch");
            }
            String link = p.isFinalized() ? p.finalization().contentHash() : null;
            for (vn.sochibo.domain.review.FinalLevel f : read.finalLevels().stream()
                    .sorted(java.util.Comparator.comparing(vn.sochibo.domain.review.FinalLevel::recordedAt)
                            .thenComparing(vn.sochibo.domain.review.FinalLevel::id)).toList()) {
                if (link == null || !link.equals(f.previousHash()) || !vn.sochibo.application.review
                        .ReviewCanonicalForm.chainedHash(f, f.previousHash()).equals(f.contentHash())) {
                    fields.add(node.line(), path + ".finalLevels", "exchange.error.hashMismatch");
                    break;
                }
                link = f.contentHash();
            }
            if (!p.isFinalized() && !read.addenda().isEmpty()) {
                fields.add(node.line(), path + ".addenda", "review.error.addendumNotFinalized");
            }
            String addendumLink = p.isFinalized() ? p.finalization().contentHash() : null;
            for (vn.sochibo.domain.review.ReviewAddendum a
                    : vn.sochibo.domain.review.ReviewAddendum.inChainOrder(read.addenda())) {
                if (addendumLink == null || !addendumLink.equals(a.previousHash()) || !vn.sochibo.application.review
                        .ReviewCanonicalForm.chainedHash(a, a.previousHash()).equals(a.contentHash())) {
                    fields.add(node.line(), path + ".addenda", "exchange.error.hashMismatch");
                    break;
                }
                addendumLink = a.contentHash();
            }
            reviews.add(read);
        }
        return reviews;
    }
}
