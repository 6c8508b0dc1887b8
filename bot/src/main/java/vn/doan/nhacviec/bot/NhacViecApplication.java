package vn.doan.nhacviec.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.doan.nhacviec.bot.startup.OwnerOnlyLogFile;
import vn.doan.nhacviec.bot.startup.StartMode;

@SpringBootApplication(scanBasePackages = "vn.doan.nhacviec")
public class NhacViecApplication {

    public static void main(String[] args) {
        StartMode.Decision mode = StartMode.decide(args, StartMode.settings(args, System.getenv()), System.console() != null);
        if (mode.kind() == StartMode.Decision.Kind.REFUSED) {
            System.err.println(mode.refusal());
            System.exit(StartMode.REFUSED_STATUS);
        }
        SpringApplication application = new SpringApplication(NhacViecApplication.class);
        application.addListeners(new OwnerOnlyLogFile());
        application.run(mode.args().toArray(String[]::new));
    }
}
