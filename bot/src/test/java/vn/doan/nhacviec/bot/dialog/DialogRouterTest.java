package vn.doan.nhacviec.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doan.nhacviec.bot.i18n.Messages;

class DialogRouterTest {

    private final DialogRouter router = new DialogRouter(List.of(), null, null, messages(), null);

    @Test
    void cancelWordsOfEitherLanguageWithOrWithoutSlashDiacriticsOrTheBotsName() {
        assertThat(router.isCancelWord("/huy")).isTrue();
        assertThat(router.isCancelWord(" Hủy ")).isTrue();
        assertThat(router.isCancelWord("huy")).isTrue();
        assertThat(router.isCancelWord("Thôi")).isTrue();
        assertThat(router.isCancelWord("/cancel@NhacViecBot")).isTrue();
        assertThat(router.isCancelWord("CANCEL")).isTrue();
        assertThat(router.isCancelWord("stop")).isTrue();
        assertThat(router.isCancelWord("huỷ bỏ việc này")).isFalse();
        assertThat(router.isCancelWord("xong")).isFalse();
        assertThat(router.isCancelWord(null)).isFalse();
    }

    private static Messages messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return new Messages(source);
    }
}
