package org.palabre.uploads.control;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * How long a 12-megapixel phone photo (4000 x 3000, EXIF with GPS) takes to be re-encoded for display and
 * thumbnail, and the heap it needs: run by bench/uploads (a main, not a test: it measures, it asserts nothing).
 */
public final class ReencodingBench {

    private ReencodingBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        byte[] photo = SampleFiles.photo(textured(4000, 3000), 6);
        ImageReencoder reencoder = new ImageReencoder(50_000_000);
        reencoder.reencode(photo, FileKind.JPEG, 1600, 320); // warm-up
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long before = heapUsed();
        long[] times = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            ImageReencoder.Encoded[] out = reencoder.reencode(photo, FileKind.JPEG, 1600, 320);
            times[i] = (System.nanoTime() - start) / 1_000_000;
            if (out[0].width() != 1200) {
                throw new IllegalStateException("unexpected width " + out[0].width());
            }
        }
        java.util.Arrays.sort(times);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
        System.out.printf(
                "12 MP photo (%d KB sent): re-encoded to 1200x1600 + thumbnail in median %d ms (min %d, max %d) over %d"
                        + " rounds; heap before %d MB, peak %d MB (sum of pools' peaks), max heap %d MB%n",
                photo.length / 1024,
                times[rounds / 2],
                times[0],
                times[rounds - 1],
                rounds,
                before / (1024 * 1024),
                peak / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    /** Gradients and grain, so the JPEG weighs what a phone's does (a few MB) rather than a flat drawing's. */
    private static java.awt.image.BufferedImage textured(int width, int height) {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Random grain = new java.util.Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = grain.nextInt(64);
                image.setRGB(
                        x,
                        y,
                        ((x * 255 / width + noise) % 256) << 16
                                | ((y * 255 / height + noise) % 256) << 8
                                | ((x + y) % 256));
            }
        }
        return image;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
