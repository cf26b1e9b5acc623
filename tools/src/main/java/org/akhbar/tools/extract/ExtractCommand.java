package org.akhbar.tools.extract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.akhbar.extract.Extraction;
import org.akhbar.extract.ExtractionInput;
import org.akhbar.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ./akhbar extract PATH|URL}: runs the extractor on one saved page or URL and prints what
 * it found as JSON — the tool to reach for when a site extracts badly. Exit code 0 whenever the
 * extractor ran (whatever the outcome), 1 when the page could not be loaded, 2 on bad usage.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the extracted article of one saved page (.html or .html.gz) or http(s) URL as JSON: "
                + "outcome (article, not_article, unreadable) and reason, title, publishedAt, authors, dateline, language, "
                + "canonicalUrl, charset and the body paragraphs.")
public final class ExtractCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH|URL", description = "a saved page (gzipped when it ends in .gz) or an http(s) URL")
    String source;

    @Option(names = "--url", paramLabel = "U", description = "the page's URL, for a saved page: resolves relative links and is the canonical URL fallback")
    String url;

    @Option(names = "--charset", paramLabel = "NAME", description = "decode with this charset, as if the server had declared it")
    String charset;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "time zone of dates the page writes without an offset, e.g. Africa/Casablanca (default ${DEFAULT-VALUE})")
    String zone;

    @Option(names = "--site-name", paramLabel = "NAME", description = "the source's name: opens datelines, never an author")
    String siteName;

    @Option(names = "--fetched-at", paramLabel = "INSTANT",
            description = "when the page was fetched (ISO-8601, e.g. 2026-11-29T10:00:00Z): the reference for relative dates; default now")
    String fetchedAt;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20", description = "deadline for fetching a URL (default ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "10485760", description = "largest page read (default ${DEFAULT-VALUE})")
    long maxBytes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractionInput input;
        try {
            input = input();
        } catch (UsageException e) {
            err.println("akhbar extract: " + e.getMessage());
            return 2;
        } catch (PageSource.PageSourceException e) {
            err.println("akhbar extract: " + e.getMessage());
            return 1;
        }
        Extraction extraction = new Extractor().extract(input);
        try {
            // One paragraph a line: arrays indented like objects, not run together on one line.
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter();
            printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
            out.println(new ObjectMapper().writer(printer).writeValueAsString(ExtractionJson.of(extraction)));
        } catch (JsonProcessingException e) {
            err.println("akhbar extract: cannot write the result: " + e.getOriginalMessage());
            return 1;
        }
        out.flush();
        return 0;
    }

    private ExtractionInput input() throws UsageException, PageSource.PageSourceException {
        if (timeoutSeconds <= 0 || maxBytes <= 0) {
            throw new UsageException("--timeout and --max-bytes must be positive");
        }
        ZoneId zoneId = parseZone();
        Instant reference = parseFetchedAt();
        URI pageUrl = parseUrl();
        String contentType = null;
        if (charset != null) {
            if (!java.nio.charset.Charset.isSupported(charset)) {
                throw new UsageException("unknown charset: " + charset);
            }
            contentType = "text/html; charset=" + charset;
        }
        PageSource.Page page = PageSource.isUrl(source)
                ? PageSource.fetch(source, Duration.ofSeconds(timeoutSeconds), maxBytes)
                : PageSource.file(path(source), maxBytes);
        if (pageUrl == null) {
            pageUrl = page.url();
        }
        if (contentType == null) {
            contentType = page.contentType();
        }
        return new ExtractionInput(pageUrl, page.body(), contentType, siteName, zoneId, reference);
    }

    private static Path path(String source) throws UsageException {
        try {
            return Path.of(source);
        } catch (InvalidPathException e) {
            throw new UsageException("not a valid file path: " + e.getMessage());
        }
    }

    private ZoneId parseZone() throws UsageException {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UsageException("unknown time zone: " + zone + " (use e.g. UTC, +01:00 or Africa/Casablanca)");
        }
    }

    private Instant parseFetchedAt() throws UsageException {
        if (fetchedAt == null) {
            return Instant.now();
        }
        try {
            return Instant.parse(fetchedAt);
        } catch (DateTimeException e) {
            throw new UsageException("--fetched-at is not an ISO-8601 instant: " + fetchedAt);
        }
    }

    private URI parseUrl() throws UsageException {
        if (url == null) {
            return null;
        }
        try {
            URI u = URI.create(url);
            if (!u.isAbsolute()) {
                throw new UsageException("--url must be an absolute URL: " + url);
            }
            return u;
        } catch (IllegalArgumentException e) {
            throw new UsageException("--url is not a valid URL: " + url);
        }
    }

    /** Bad option values, reported with exit code 2. */
    private static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
