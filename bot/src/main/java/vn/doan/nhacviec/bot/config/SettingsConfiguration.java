package vn.doan.nhacviec.bot.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import vn.doan.nhacviec.bot.conversation.SafetyProperties;
import vn.doan.nhacviec.bot.demo.DemoProperties;
import vn.doan.nhacviec.bot.dialog.DialogProperties;
import vn.doan.nhacviec.bot.evidence.EvidenceProperties;
import vn.doan.nhacviec.bot.onboarding.InviteProperties;
import vn.doan.nhacviec.bot.startup.CatalogProperties;
import vn.doan.nhacviec.bot.files.UploadProperties;

/**
 * The bot's settings, each a validated record: a bad value stops the start with the key and the
 * reason. The channels', the staff features', the backups' and the map's settings are enabled by their own configurations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SafetyProperties.class, CatalogProperties.class, DemoProperties.class, UploadProperties.class,
        InviteProperties.class, DialogProperties.class, EvidenceProperties.class})
class SettingsConfiguration {
}
