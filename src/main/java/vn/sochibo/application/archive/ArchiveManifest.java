package vn.sochibo.application.archive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.sochibo.application.common.StoreException;

/**
 * {@code manifest.json} of a handover archive: format name and version, when and by which app version it was
 * made, what it holds (information only), and every other entry with its size and SHA-256.
 */
record ArchiveManifest(Instant createdAt, String appVersion, String cellName, int members, int meetings,
        int finalizedMeetings, List<Entry> entries) {
    static final String FORMAT = "sochibo-archive";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    ArchiveManifest {
        entries = List.copyOf(entries);
    }

    /** One entry of the zip: its path, size in bytes and SHA-256 (lower-case hex). */
    record Entry(String path, long size, String sha256) {
    }

    byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", VERSION);
        root.put("createdAt", createdAt.toString());
        root.put("appVersion", appVersion);
        root.put("cellName", cellName);
        root.put("members", members);
        root.put("meetings", meetings);
        root.put("finalizedMeetings", finalizedMeetings);
        ArrayNode list = root.putArray("entries");
        for (Entry e : entries) {
            list.addObject().put("path", e.path()).put("size", e.size()).put("sha256", e.sha256());
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always writes", e);
        }
    }

    /** Parses and checks a manifest; {@code file} names the archive in the messages. */
    static ArchiveManifest parse(byte[] json, String file) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw notAnArchive(file, e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText(null))) {
            throw notAnArchive(file, null);
        }
        JsonNode version = root.path("formatVersion");
        if (!version.isInt() || version.intValue() < 1) {
            throw notAnArchive(file, null);
        }
        if (version.intValue() > VERSION) {
            throw new StoreException("archive.error.tooNew", null, file);
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(root.path("createdAt").asText(""));
        } catch (DateTimeParseException e) {
            throw notAnArchive(file, e);
        }
        JsonNode list = root.path("entries");
        if (!list.isArray()) {
            throw notAnArchive(file, null);
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : list) {
            JsonNode path = e.path("path");
            JsonNode size = e.path("size");
            JsonNode sha = e.path("sha256");
            if (!path.isTextual() || !size.canConvertToLong() || size.longValue() < 0 || !sha.isTextual()
                    || !SHA256.matcher(sha.textValue()).matches()) {
                throw notAnArchive(file, null);
            }
            entries.add(new Entry(path.textValue(), size.longValue(), sha.textValue()));
        }
        return new ArchiveManifest(createdAt, root.path("appVersion").asText(""), root.path("cellName").asText(""),
                root.path("members").asInt(0), root.path("meetings").asInt(0),
                root.path("finalizedMeetings").asInt(0), entries);
    }

    private static StoreException notAnArchive(String file, Throwable cause) {
        return new StoreException("archive.error.notAnArchive", cause, file);
    }
}
