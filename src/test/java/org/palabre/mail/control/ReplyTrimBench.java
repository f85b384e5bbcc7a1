package org.palabre.mail.control;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Run by bench/mail-trim: how many corpus answers come out exactly as their member wrote them (in all and per
 * client), and how long reading and trimming one answer takes once the JIT is warm.
 */
public final class ReplyTrimBench {

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<ReplyCorpus> corpus = ReplyCorpus.all();
        List<MimeMessage> messages = new ArrayList<>();
        for (ReplyCorpus answer : corpus) {
            messages.add(answer.message());
        }
        MailBodyReader reader = new MailBodyReader();
        ReplyTrimmer trimmer = new ReplyTrimmer();

        Map<String, int[]> perClient = new TreeMap<>();
        int exact = 0;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String text = reader.read(messages.get(i)).text();
            texts.add(text);
            boolean same = corpus.get(i).expected().equals(trimmer.trim(text));
            int[] counts = perClient.computeIfAbsent(corpus.get(i).client(), client -> new int[2]);
            counts[0] += same ? 1 : 0;
            counts[1]++;
            exact += same ? 1 : 0;
            if (!same) {
                System.out.println("differs: " + corpus.get(i).name());
            }
        }
        System.out.printf("accuracy: %d/%d exact (%.1f%%)%n", exact, corpus.size(), 100.0 * exact / corpus.size());
        perClient.forEach((client, counts) -> System.out.printf("  %-12s %d/%d%n", client, counts[0], counts[1]));

        long[] trim = new long[rounds * texts.size()];
        long[] readAndTrim = new long[rounds * texts.size()];
        int sink = 0;
        for (int warm = 0; warm < rounds; warm++) {
            for (int i = 0; i < texts.size(); i++) {
                sink += trimmer.trim(reader.read(messages.get(i)).text()).length();
            }
        }
        int n = 0;
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < texts.size(); i++, n++) {
                long start = System.nanoTime();
                sink += trimmer.trim(texts.get(i)).length();
                long trimmed = System.nanoTime();
                sink += trimmer.trim(reader.read(messages.get(i)).text()).length();
                long read = System.nanoTime();
                trim[n] = trimmed - start;
                readAndTrim[n] = read - trimmed;
            }
        }
        System.out.printf(
                "trim per mail:        p50 %6.1f µs  p99 %6.1f µs  (%d timings)%n",
                percentile(trim, 50), percentile(trim, 99), n);
        System.out.printf(
                "read+trim per mail:   p50 %6.1f µs  p99 %6.1f µs%n",
                percentile(readAndTrim, 50), percentile(readAndTrim, 99));
        if (sink == 42) {
            System.out.println();
        }
    }

    private static double percentile(long[] nanos, int percent) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1000.0;
    }
}
