package vn.doan.nhacviec.data.invite;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Codes are hard to guess and easy to type: case, look-alike letters and pasted quotes do not matter. */
class InviteCodesTest {

    @Test
    void aCodeIsTwentyCharactersOfAnAlphabetWithoutLookAlikesAndHoldsAtLeast96Bits() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = InviteCodes.newCode();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{20}");
            codes.add(code);
        }
        assertThat(codes).hasSize(2000);
        assertThat(InviteCodes.LENGTH * Math.log(InviteCodes.ALPHABET.length()) / Math.log(2)).isGreaterThanOrEqualTo(96);
        // fits a Telegram deep-link payload
        assertThat(InviteCodes.newCode()).matches("[A-Za-z0-9_-]{1,64}");
    }

    @Test
    void aCodeIsFoundHoweverItIsTyped() {
        String code = "7K2QM9XD4HV8TR3PZ1WE";
        String stored = InviteCodes.hash(code);
        for (String typed : new String[] {code, code.toLowerCase(Locale.ROOT), "«" + code + "»", "\"" + code + "\"", "“" + code + "”",
                " " + code + " ", "7K2Q-M9XD-4HV8-TR3P-Z1WE", "7K2Q M9XD 4HV8 TR3P Z1WE", "7K2QM9XD4HV8TR3PZIWE", "7k2qm9xd4hv8tr3pzlwe"}) {
            assertThat(InviteCodes.candidateHashes(typed)).as(typed).contains(stored);
        }
    }

    @Test
    void aCodeMadeBeforeIsStillFoundAsWritten() {
        String legacy = "aB3_dE-fGh1jK2lM3nO4pQ";
        assertThat(InviteCodes.candidateHashes("«" + legacy + "»")).contains(InviteCodes.hash(legacy));
        assertThat(InviteCodes.candidateHashes(legacy.toUpperCase(Locale.ROOT))).doesNotContain(InviteCodes.hash(legacy));
    }

    @Test
    void ordinaryWordsAreNotCodes() {
        for (String text : new String[] {"xong", "đã họp 20/11, 18/25 đoàn viên", "xin chào", "12345", "", "ABCDEFGHJKMNPQRSTVW"}) {
            assertThat(InviteCodes.looksLikeCode(text)).as(text).isFalse();
        }
    }
}
