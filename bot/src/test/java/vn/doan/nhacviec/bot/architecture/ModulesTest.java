package vn.doan.nhacviec.bot.architecture;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import vn.doan.nhacviec.bot.NhacViecApplication;

class ModulesTest {

    @Test
    void verify() {
        ApplicationModules modules = ApplicationModules.of(NhacViecApplication.class);
        modules.forEach(System.out::println);
        modules.verify();
    }
}
