package vn.doan.nhacviec.bot.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.imports.ImportProblem;
import vn.doan.nhacviec.data.imports.ImportProblem.Entry;
import vn.doan.nhacviec.data.imports.ImportProblem.Phrase;

class ImportProblemTextTest {

    private final ImportProblemText text = new ImportProblemText(new Messages(source()));

    private static ResourceBundleMessageSource source() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void aCatalogueProblemNamesTheFileTheEntryAndTheFieldInTheReadersLanguage() {
        ImportProblem missing = ImportProblem.inFile("config/catalog/kh.yml", Entry.obligation("KH-1"), "source.file", "import.missing");
        assertThat(text.line(Messages.VIETNAMESE, missing)).isEqualTo("• kh.yml, nhiệm vụ KH-1, trường source.file: chưa có");
        assertThat(text.line(Locale.ENGLISH, missing)).isEqualTo("• kh.yml, obligation KH-1, field source.file: is missing");

        ImportProblem noCode = ImportProblem.inFile("kh.yml", Entry.obligationNumber(3), "code", "import.missing").withoutFile();
        assertThat(text.line(Messages.VIETNAMESE, noCode)).isEqualTo("• nhiệm vụ thứ 3, trường code: chưa có");
        assertThat(text.line(Messages.VIETNAMESE, ImportProblem.inFile("kh.yml", null, null, "import.emptyFile").withoutFile()))
                .isEqualTo("• tệp trống");
    }

    @Test
    void wordedArgumentsAreWordedTooAndLongValuesShortened() {
        ImportProblem date = ImportProblem.inFile("kh.yml", Entry.plan(), "date", "import.notType", "2024-13-45",
                Phrase.of("import.type.date"));
        assertThat(text.line(Messages.VIETNAMESE, date))
                .isEqualTo("• kh.yml, kế hoạch, trường date: «2024-13-45» không phải một ngày (dạng yyyy-MM-dd)");

        ImportProblem level = ImportProblem.atLine(1234, "level", "import.unit.badLevel", "x".repeat(100), "tinh, huyen");
        assertThat(text.line(Messages.VIETNAMESE, level))
                .startsWith("• Dòng 1.234, cột level: «" + "x".repeat(63) + "…» không phải cấp; dùng một trong: tinh, huyen");
    }

    @Test
    void atMostFifteenProblemsThenHowManyMore() {
        List<ImportProblem> problems = IntStream.rangeClosed(2, 21)
                .mapToObj(line -> ImportProblem.atLine(line, "code", "import.unit.codeTwice", "a")).toList();
        List<String> lines = text.lines(Messages.VIETNAMESE, problems).lines().toList();
        assertThat(lines).hasSize(ImportProblemText.MAX_SHOWN + 1);
        assertThat(lines.get(0)).isEqualTo("• Dòng 2, cột code: «a» xuất hiện hai lần trong tệp");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("… và 5 lỗi khác.");
        assertThat(text.lines(Locale.ENGLISH, problems)).endsWith("… and 5 more problems.");
        assertThat(text.lines(Messages.VIETNAMESE, problems.subList(0, 15)).lines()).hasSize(15);
    }
}
