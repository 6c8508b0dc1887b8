package vn.doan.nhacviec.bot.zalo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the files behind {@link SignedFileLinks}: 403 for an altered link (its name included), 410
 * once expired, 404 if the file is gone. The media type is the stored file's, never guessed by the
 * browser ({@code nosniff}).
 */
@RestController
@ConditionalOnZalo
@ConditionalOnWebApplication
class SignedFileController {

    private final SignedFileLinks links;

    SignedFileController(SignedFileLinks links) {
        this.links = links;
    }

    @GetMapping(SignedFileLinks.PREFIX + "{expires:\\d{1,12}}/{id}/{signature}/{name}")
    ResponseEntity<Resource> file(@PathVariable long expires, @PathVariable String id, @PathVariable String signature,
                                  @PathVariable String name) {
        SignedFileLinks.Resolved resolved;
        try {
            resolved = links.resolve(expires, id, signature, name);
        } catch (IllegalArgumentException e) {
            return refused(HttpStatus.FORBIDDEN);
        }
        return switch (resolved.verdict()) {
            case FORGED -> refused(HttpStatus.FORBIDDEN);
            case EXPIRED -> refused(HttpStatus.GONE);
            case MISSING -> refused(HttpStatus.NOT_FOUND);
            case VALID -> ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(resolved.mediaType()))
                    .header("X-Content-Type-Options", "nosniff")
                    .cacheControl(CacheControl.noStore())
                    .body(new FileSystemResource(resolved.file()));
        };
    }

    private static ResponseEntity<Resource> refused(HttpStatus status) {
        return ResponseEntity.status(status).header("X-Content-Type-Options", "nosniff").build();
    }
}
