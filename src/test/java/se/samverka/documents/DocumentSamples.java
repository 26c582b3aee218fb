package se.samverka.documents;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import se.samverka.platform.Messages;

/** Writes sample badges, an attendance sheet and a participant list into a folder, to look at. */
public final class DocumentSamples {

    private DocumentSamples() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/samples"));
        byte[] logo = args.length > 1 ? Files.readAllBytes(Path.of(args[1])) : null;
        for (BadgeLayout layout : BadgeLayout.values()) {
            try (OutputStream out = open(folder, "badges-" + layout.name().toLowerCase() + ".pdf")) {
                new BadgeSheet(layout, "Samverkanskonferens Degerfors 2026", logo, Messages.SWEDISH)
                        .write(BadgeCards.seventeen().stream(), out);
            }
        }
        try (OutputStream out = open(folder, "attendance-sheet.pdf")) {
            AttendanceSheetTest.sessionSheet().write(AttendanceSheetTest.rows(60).stream()
                    .sorted(SwedishOrder.ATTENDANCE), out);
        }
        try (OutputStream out = open(folder, "participant-list.pdf")) {
            new ParticipantListDocument("Samverkanskonferens Degerfors 2026", Messages.SWEDISH)
                    .write(IntStream.range(0, 70).mapToObj(ParticipantListTest::row)
                            .sorted(ParticipantListTest.BY_SECTOR_THEN_NAME), out);
        }
    }

    private static OutputStream open(Path folder, String file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(folder.resolve(file)));
    }
}
