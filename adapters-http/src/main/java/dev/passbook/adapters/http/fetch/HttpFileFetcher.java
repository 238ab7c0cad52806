package dev.passbook.adapters.http.fetch;

import dev.passbook.core.error.ErrorCode;
import dev.passbook.core.error.UploadError;
import dev.passbook.core.port.FileFetcher;
import io.vavr.control.Either;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Downloads a {@code file_url} without letting a caller reach the service's own network (SSRF):
 * http/https only, no user-info, the host resolved and every address checked by
 * {@link AddressPolicy} before connecting, redirects followed by hand (each hop re-checked, at most
 * {@link FetchSettings#maxRedirects()}), no proxy, connect and total timeouts, and the body capped
 * while it streams. Every failure is {@code INVALID_FILE_URL}; the URL itself is never logged
 * (signed URLs carry secrets), only its host.
 *
 * <p>Residual risk: the JDK client resolves the host again when connecting. The JVM's positive
 * DNS cache (30 s by default) answers that second lookup with the addresses checked here, so a DNS
 * rebinding attack must beat the cache expiry between check and connect.
 */
public final class HttpFileFetcher implements FileFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(HttpFileFetcher.class);
    private static final int MAX_URL_LENGTH = 4096;

    private final FetchSettings settings;
    private final AddressPolicy policy;
    private final HttpClient client;

    public HttpFileFetcher(FetchSettings settings) {
        this.settings = settings;
        this.policy = new AddressPolicy(settings.allowList());
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Override
    public Either<UploadError, byte[]> fetch(String url) {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        URI current;
        try {
            current = parse(url);
        } catch (Refused e) {
            return refuse("unparseable", e.getMessage());
        }
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            try {
                checkTarget(current);
                HttpResponse<byte[]> response = get(current, deadline);
                int status = response.statusCode();
                if (status >= 200 && status < 300) {
                    return Either.right(response.body());
                }
                if (isRedirect(status)) {
                    String location = response.headers().firstValue("location")
                            .orElseThrow(() -> new Refused("redirect without Location"));
                    current = parse(current.resolve(location.strip()).toString());
                    continue;
                }
                return refuse(current.getHost(), "status " + status);
            } catch (Refused e) {
                return refuse(current.getHost(), e.getMessage());
            } catch (IllegalArgumentException e) {
                return refuse(current.getHost(), "bad redirect target");
            }
        }
        return refuse(current.getHost(), "more than " + settings.maxRedirects() + " redirects");
    }

    private HttpResponse<byte[]> get(URI uri, long deadline) throws Refused {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new Refused("timed out");
        }
        HttpRequest request = HttpRequest.newBuilder(uri)
                .GET()
                .timeout(Duration.ofNanos(remaining))
                .header("Accept", "application/pdf, */*")
                .build();
        CompletableFuture<HttpResponse<byte[]>> future = client.sendAsync(request, info -> {
            boolean success = info.statusCode() >= 200 && info.statusCode() < 300;
            if (!success) {
                return HttpResponse.BodySubscribers.replacing(new byte[0]);
            }
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > settings.maxBytes()) {
                return BoundedBodySubscriber.refusingAll(); // too large by its own account: do not download
            }
            return new BoundedBodySubscriber(settings.maxBytes());
        });
        try {
            return future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new Refused("timed out");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refused("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw new Refused(cause instanceof BoundedBodySubscriber.TooLarge ? "too large" : "transfer failed");
        }
    }

    private void checkTarget(URI uri) throws Refused {
        String host = bareHost(uri);
        if (policy.hostAllowed(host)) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException | SecurityException e) {
            throw new Refused("unresolvable host");
        }
        for (InetAddress address : addresses) {
            if (!policy.addressAllowed(address)) {
                throw new Refused("address not allowed");
            }
        }
    }

    private static URI parse(String url) throws Refused {
        if (url == null || url.isBlank() || url.length() > MAX_URL_LENGTH) {
            throw new Refused("empty or too long");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new Refused("not a URI");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("scheme not allowed");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new Refused("no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw new Refused("user-info not allowed");
        }
        return uri;
    }

    private static String bareHost(URI uri) {
        String host = uri.getHost();
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static Either<UploadError, byte[]> refuse(String host, String reason) {
        LOG.info("file_url refused (host {}): {}", host, reason);
        return Either.left(UploadError.of(ErrorCode.INVALID_FILE_URL));
    }

    /** A reason to refuse the URL, for the log only; the caller always sees INVALID_FILE_URL. */
    private static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }
}
