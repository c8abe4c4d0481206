package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sociallearning.guide.entry.SourceLocation;

/** Issue 12 row 11: the external check never requests the runner's own network. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class AddressGuardTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, loopback",
        "127.8.9.10, loopback",
        "169.254.169.254, link-local",
        "10.0.0.1, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.1.1, private",
        "100.64.0.1, shared (carrier-grade NAT)",
        "0.0.0.0, unspecified",
        "224.0.0.1, multicast",
        "255.255.255.255, broadcast",
        "::1, loopback",
        "::, unspecified",
        "fe80::1, link-local",
        "fc00::1, private (unique local)",
        "fd12:3456::1, private (unique local)",
        "ff02::1, multicast",
        "64:ff9b::7f00:1, loopback",
        "2002:a9fe:a9fe::, link-local",
        "::a9fe:a9fe, link-local",
    })
    void refusesNonPublicAddresses(String address, String kind) throws Exception {
        assertThat(AddressClass.nonPublic(InetAddress.getByName(address))).contains(kind);
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8", "172.32.0.1", "203.0.113.7", "2001:4860:4860::8888", "2a00:1450::1"})
    void letsPublicAddressesThrough(String address) throws Exception {
        assertThat(AddressClass.nonPublic(InetAddress.getByName(address))).isEmpty();
    }

    @Test
    void judgesIpv4MappedIpv6AsTheIpv4AddressItCarries() throws Exception {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        byte[] metadata = {(byte) 169, (byte) 254, (byte) 169, (byte) 254};
        System.arraycopy(metadata, 0, mapped, 12, 4);
        // kept as an Inet6Address, as a resolver may hand it over
        InetAddress v6 = Inet6Address.getByAddress(null, mapped, -1);
        assertThat(AddressClass.nonPublic(v6)).contains("link-local");
        assertThat(AddressClass.nonPublic(InetAddress.getByName("::ffff:127.0.0.1")))
                .contains("loopback");
    }

    @Test
    void refusesEveryFormOfAPrivateHostBeforeAnyRequest() throws Exception {
        AddressGuard guard = new AddressGuard(HostResolver.system(), false);
        assertThat(guard.refusal("http://127.0.0.1:8080/x")).get().asString().contains("loopback");
        assertThat(guard.refusal("http://[::1]:8080/")).get().asString().contains("loopback");
        assertThat(guard.refusal("http://169.254.169.254/latest/meta-data/"))
                .get()
                .asString()
                .contains("169.254.169.254 resolves to 169.254.169.254, a link-local address");
        assertThat(guard.refusal("http://10.0.0.1/")).get().asString().contains("private");
        assertThat(guard.refusal("http://localhost/")).get().asString().contains("loopback");
        assertThat(guard.refusal("http://2130706433/")).isPresent(); // 127.0.0.1 as one number
        assertThat(new AddressGuard(HostResolver.system(), true).refusal("http://127.0.0.1/"))
                .isEmpty();
    }

    @Test
    void refusesAHostWithAnyPrivateAddressAmongPublicOnes() {
        AddressGuard guard =
                new AddressGuard(
                        host ->
                                new InetAddress[] {
                                    InetAddress.getByName("8.8.8.8"),
                                    InetAddress.getByName("10.1.2.3")
                                },
                        false);
        assertThat(guard.refusal("https://rebinding.example/"))
                .get()
                .asString()
                .contains("10.1.2.3");
    }

    /** Pretends the server on 127.0.0.1 is public; every other name resolves as usual. */
    private static InetAddress[] publicLoopback(String host) throws UnknownHostException {
        return host.equals("127.0.0.1")
                ? new InetAddress[] {InetAddress.getByName("203.0.113.7")}
                : InetAddress.getAllByName(host);
    }

    @Test
    void blocksPrivateLinksAndRedirectsToThemWithoutRequestingOrCachingThem() throws Exception {
        try (PlantedServer server = new PlantedServer()) {
            int port = Integer.parseInt(server.url("").replaceAll(".*:", ""));
            String local = "http://localhost:" + port + "/ok";
            LinkCache cache = LinkCache.empty();
            // a success cached before the guard existed must not count
            cache.remember(
                    local, new LinkResult.Ok(200, local), ExternalLinkCheckerTest.CLOCK.instant());
            Map<String, List<SourceLocation>> urls = new LinkedHashMap<>();
            for (String url :
                    List.of(
                            server.url("/ok"),
                            server.url("/to-localhost"),
                            local,
                            "http://[::1]:" + port + "/ok",
                            "http://169.254.169.254/latest/meta-data/",
                            "http://10.0.0.1/")) {
                urls.put(url, ExternalLinkCheckerTest.at("content/entries/x.md"));
            }
            LinkCheckOptions options =
                    LinkCheckOptions.builder()
                            .timeout(Duration.ofSeconds(1))
                            .deadline(Duration.ofSeconds(4))
                            .hostInterval(Duration.ZERO)
                            .maxAge(Duration.ofDays(7))
                            .build();
            ExternalReport report =
                    new ExternalLinkChecker(
                                    options,
                                    ExternalLinkCheckerTest.CLOCK,
                                    d -> {},
                                    AddressGuardTest::publicLoopback)
                            .check(urls, LinkRules.none(), cache, p -> {});
            Map<String, CheckedLink> byUrl = new LinkedHashMap<>();
            report.results().forEach(l -> byUrl.put(l.url(), l));
            assertThat(byUrl.get(server.url("/ok")).verdict()).isEqualTo(Verdict.OK);
            CheckedLink redirect = byUrl.get(server.url("/to-localhost"));
            assertThat(redirect.verdict()).isEqualTo(Verdict.BLOCKED);
            assertThat(redirect.result().message())
                    .contains("localhost resolves to", "a loopback address", "--allow-private");
            assertThat(server.hits("/secret")).isZero();
            for (String url :
                    List.of(
                            local,
                            "http://[::1]:" + port + "/ok",
                            "http://169.254.169.254/latest/meta-data/",
                            "http://10.0.0.1/")) {
                assertThat(byUrl.get(url).verdict()).as(url).isEqualTo(Verdict.BLOCKED);
                assertThat(byUrl.get(url).cached()).as(url).isFalse();
                assertThat(
                                cache.fresh(
                                        url,
                                        Duration.ofDays(7),
                                        ExternalLinkCheckerTest.CLOCK.instant()))
                        .as(url)
                        .isEmpty();
                assertThat(cache.status(url).orElseThrow().verdict()).isEqualTo(Verdict.BLOCKED);
            }
            assertThat(server.hits("/ok"))
                    .as("only the 'public' 127.0.0.1 URL was requested")
                    .isEqualTo(1);
        }
    }
}
