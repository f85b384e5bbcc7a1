package org.palabre.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps only what a member wrote in a reply by mail: quoted lines ("> ...") go, and so does everything from the
 * attribution line ("On ... wrote:", "Le ... a écrit :") or the signature separator ("-- ") on.
 */
public class ReplyTrimmer {

    private static final Pattern ATTRIBUTION =
            Pattern.compile("^(On .+ wrote:|Le .+ a écrit ?:|-----Original Message-----|-- )\\s*$");

    public ReplyTrimmer() {}

    public String trim(String plainText) {
        if (plainText == null) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String line : plainText.replace("\r\n", "\n").split("\n", -1)) {
            if (ATTRIBUTION.matcher(line).matches()) {
                break;
            }
            if (!line.startsWith(">")) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).strip();
    }
}
