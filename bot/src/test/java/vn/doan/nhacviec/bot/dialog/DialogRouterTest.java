package vn.doan.nhacviec.bot.dialog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DialogRouterTest {

    @Test
    void cancelWordsWithOrWithoutSlashDiacriticsOrTheBotsName() {
        assertThat(DialogRouter.isCancelWord("/huy")).isTrue();
        assertThat(DialogRouter.isCancelWord(" Hủy ")).isTrue();
        assertThat(DialogRouter.isCancelWord("/cancel@NhacViecBot")).isTrue();
        assertThat(DialogRouter.isCancelWord("CANCEL")).isTrue();
        assertThat(DialogRouter.isCancelWord("huỷ bỏ việc này")).isFalse();
        assertThat(DialogRouter.isCancelWord(null)).isFalse();
    }
}
