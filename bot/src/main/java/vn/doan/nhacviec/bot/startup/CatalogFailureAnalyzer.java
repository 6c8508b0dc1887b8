package vn.doan.nhacviec.bot.startup;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.doan.nhacviec.bot.admin.ImportProblemText;
import vn.doan.nhacviec.bot.i18n.Messages;
import vn.doan.nhacviec.data.catalog.CatalogException;

/**
 * A bad catalogue stops the start; this words its problems (kept as keys by the data module) for the
 * person starting the bot, every one of them, in Vietnamese like the rest of the bot. Runs before the
 * application context exists, so it reads the bundles itself.
 */
class CatalogFailureAnalyzer extends AbstractFailureAnalyzer<CatalogException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CatalogException cause) {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        Messages messages = new Messages(source);
        ImportProblemText text = new ImportProblemText(messages);
        String problems = cause.problems().stream().map(p -> text.line(Messages.VIETNAMESE, p)).collect(Collectors.joining("\n"));
        return new FailureAnalysis(messages.get(Messages.VIETNAMESE, "import.catalogRefused", cause.problems().size()) + "\n" + problems,
                messages.get(Messages.VIETNAMESE, "import.catalogFix"), cause);
    }
}
