package vn.doan.nhacviec.bot.zalo;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the files behind {@link SignedFileLinks}: 403 for an altered link, 410 once expired, 404 if the file is gone. */
@RestController
@ConditionalOnZalo
@ConditionalOnWebApplication
class SignedFileController {

    private final SignedFileLinks links;

    SignedFileController(SignedFileLinks links) {
        this.links = links;
    }

    @GetMapping(SignedFileLinks.PREFIX + "{expires:\\d{1,12}}/{file}/{signature}/{name}")
    ResponseEntity<Resource> file(@PathVariable long expires, @PathVariable String file, @PathVariable String signature,
                                  @PathVariable String name) {
        SignedFileLinks.Resolved resolved;
        try {
            resolved = links.resolve(expires, file, signature);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return switch (resolved.verdict()) {
            case FORGED -> ResponseEntity.status(HttpStatus.FORBIDDEN).build();
            case EXPIRED -> ResponseEntity.status(HttpStatus.GONE).build();
            case MISSING -> ResponseEntity.notFound().build();
            case VALID -> ResponseEntity.ok()
                    .contentType(MediaTypeFactory.getMediaType(name).orElse(MediaType.APPLICATION_OCTET_STREAM))
                    .cacheControl(CacheControl.noStore())
                    .body(new FileSystemResource(resolved.file()));
        };
    }
}
