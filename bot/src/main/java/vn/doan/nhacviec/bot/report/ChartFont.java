package vn.doan.nhacviec.bot.report;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The font charts are drawn with: the first installed family that has every Vietnamese letter
 * (DejaVu Sans ships with most Linux images and the JRE container; Noto Sans, Liberation Sans and
 * Arial are fine too), else Java's logical sans-serif font with a warning.
 */
final class ChartFont {

    static final String VIETNAMESE_SAMPLE = "ẮẰẲẴẶắằẳẵặẤẦẨẪẬấầẩẫậĐđÉÈẺẼẸẾỀỂỄỆếềểễệÍÌỈĨỊíìỉĩịÓÒỎÕỌỐỒỔỖỘốồổỗộỚỜỞỠỢớờởỡợÚÙỦŨỤỨỪỬỮỰứừửữựÝỲỶỸỴýỳỷỹỵ";
    private static final List<String> PREFERRED = List.of("Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial", "Roboto", "Helvetica");
    private static final Logger log = LoggerFactory.getLogger(ChartFont.class);
    private static volatile String family;

    private ChartFont() {
    }

    static Font of(int style, int size) {
        return new Font(family(), style, size);
    }

    static String family() {
        String chosen = family;
        if (chosen == null) {
            chosen = pick();
            family = chosen;
        }
        return chosen;
    }

    private static String pick() {
        Set<String> installed = Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String name : PREFERRED) {
            if (installed.contains(name) && new Font(name, Font.PLAIN, 12).canDisplayUpTo(VIETNAMESE_SAMPLE) == -1) {
                return name;
            }
        }
        for (String name : installed) {
            if (new Font(name, Font.PLAIN, 12).canDisplayUpTo(VIETNAMESE_SAMPLE) == -1) {
                return name;
            }
        }
        log.warn("No installed font has all Vietnamese letters; charts may show boxes. Install fonts-dejavu-core or fonts-noto-core.");
        return Font.SANS_SERIF;
    }
}
