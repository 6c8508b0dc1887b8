package vn.doan.nhacviec.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

/** The notices of the conversation table: the commune's staff member sends one to the commune's chats. */
final class NoticeRows {

    private NoticeRows() {
    }

    static void sent(ConversationWorld world) {
        world.staff("/thongbao Mời các chi đoàn dự họp trực tuyến tối nay.");
        world.staff("1");
        var sent = world.staff("1");
        assertThat(sent).as("the notice reached the secretary").anySatisfy(s -> {
            assertThat(s.chat().chatRef()).isEqualTo(world.secretary);
            assertThat(s.message().text()).contains("họp trực tuyến tối nay");
        });
    }
}
