package se.samverka.documents;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import se.samverka.platform.Messages;

/**
 * One measurement for scripts/bench/badges: writes COUNT name badges (A4_8) to a file, either as
 * {@link BadgeSheet} lays them out ("badges") or as the floor ("floor": the same texts in the same
 * fonts with raw OpenPDF, eight to a page, no layout, no QR codes). Prints one line: mode, count,
 * wall-clock milliseconds, CPU milliseconds of the writing thread, pages, bytes, the highest heap
 * use sampled every millisecond, and the highest heap use left after a garbage collection (what
 * the run keeps alive), in MiB.
 *
 * java -Xmx256m -cp ... se.samverka.documents.BadgeBenchmark badges|floor COUNT FILE [WARM_UP]
 *
 * With WARM_UP, that many badges are first written to nowhere, so that the measured run finds the
 * code compiled, as in a server that has been up for a while.
 */
public final class BadgeBenchmark {

    private static final String EVENT = "Samverkanskonferens Degerfors 2026";

    private final AtomicLong peakUsed = new AtomicLong();
    private final AtomicLong peakAfterGc = new AtomicLong();

    private BadgeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int count = Integer.parseInt(args[1]);
        Path file = Path.of(args[2]);
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        PdfFonts.boldBase().getWidthPoint("Å", 10);
        PdfFonts.regularBase().getWidthPoint("Å", 10);
        if (warmUp > 0) {
            write(mode, warmUp, OutputStream.nullOutputStream());
        }
        System.gc();
        BadgeBenchmark benchmark = new BadgeBenchmark();
        benchmark.watchHeap();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            write(mode, count, out);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
        int pages = (count + BadgeLayout.A4_8.badgesPerPage() - 1) / BadgeLayout.A4_8.badgesPerPage();
        System.out.printf("%s %d %d %d %d %d %.1f %.1f%n", mode, count, millis, cpuMillis, pages, Files.size(file),
                benchmark.peakUsed.get() / 1048576.0, benchmark.peakAfterGc.get() / 1048576.0);
        System.exit(0);
    }

    private static void write(String mode, int count, OutputStream out) {
        if ("floor".equals(mode)) {
            floor(count, out);
        } else {
            new BadgeSheet(BadgeLayout.A4_8, EVENT, null, Messages.SWEDISH).write(cards(count), out);
        }
    }

    /** Badges made as they are read, as a query's results would be. */
    private static Iterator<BadgeCard> cards(int count) {
        return new Iterator<>() {
            private int n;

            @Override
            public boolean hasNext() {
                return n < count;
            }

            @Override
            public BadgeCard next() {
                return BadgeCards.number(n++);
            }
        };
    }

    /** The same texts, same fonts, same number of pages; each text at a fixed place, nothing else. */
    private static void floor(int count, OutputStream out) {
        Document document = new Document(BadgeLayout.A4_8.page(), 0, 0, 0, 0);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setCloseStream(false);
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        Iterator<BadgeCard> cards = cards(count);
        for (int n = 0; cards.hasNext(); n++) {
            BadgeCard card = cards.next();
            if (n > 0 && n % 8 == 0) {
                document.newPage();
            }
            float x = 50 + (n % 2) * 260;
            float y = 760 - (n % 8 / 2) * 180;
            String[] texts = {EVENT, card.firstName(), card.lastName(), card.organisation(), card.sectorName(),
                card.checkInCode()};
            for (int i = 0; i < texts.length; i++) {
                canvas.beginText();
                canvas.setFontAndSize(i == 1 ? PdfFonts.boldBase() : PdfFonts.regularBase(), i == 1 ? 24 : 9);
                canvas.setTextMatrix(x, y - i * 22);
                canvas.showText(texts[i]);
                canvas.endText();
            }
        }
        document.close();
    }

    private void watchHeap() {
        Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> heapPools.contains(pool.getKey()))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                peakAfterGc.accumulateAndGet(after, Math::max);
            }, notification -> GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION
                    .equals(notification.getType()), null);
        }
        Thread sampler = new Thread(() -> {
            while (true) {
                peakUsed.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                        Math::max);
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }
}
