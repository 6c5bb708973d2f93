package io.iotda.emulator.batchfile;

import java.time.Instant;

/** What the list shows of an uploaded file: its id, name, upload time and row count. */
public record BatchTaskFileInfo(String fileId, String fileName, Instant uploadTime, int rowCount) {
}
