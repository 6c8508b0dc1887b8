package vn.doan.nhacviec.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication(scanBasePackages = "vn.doan.nhacviec")
public class NhacViecApplication {

    public static void main(String[] args) {
        SpringApplication.run(NhacViecApplication.class, args);
    }
}
