package vn.doan.nhacviec.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.doan.nhacviec.bot.startup.OwnerOnlyLogFile;

@SpringBootApplication(scanBasePackages = "vn.doan.nhacviec")
public class NhacViecApplication {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(NhacViecApplication.class);
        application.addListeners(new OwnerOnlyLogFile());
        application.run(args);
    }
}
