package vn.doan.nhacviec.bot.onboarding;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param validDays how long an invite (and a handover's invite) can be used ({@code nhacviec.invites.valid-days}) */
@Validated
@ConfigurationProperties("nhacviec.invites")
public record InviteProperties(@DefaultValue("7") @Positive int validDays) {
}
