package org.teixit.collect;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Where the workshop server listens by default: this machine's site-local IPv4 address (the one phones on
 * the same Wi-Fi can reach: 192.168.x.y, 10.x.y.z or 172.16–31.x.y), else 127.0.0.1 (only this
 * computer). Interfaces that are down, loopback, point-to-point (VPNs) or virtual bridges of containers
 * and virtual machines are skipped; among the rest 192.168/16 comes first, then 10/8, then 172.16/12.
 * Nothing is sent on the network to find it: only the interfaces' own addresses are read.
 */
public final class LocalAddresses {
    private static final List<String> VIRTUAL_PREFIXES = List.of("docker", "veth", "br-", "virbr", "vmnet",
            "vboxnet", "utun", "tun", "tap", "zt", "lxc", "cni", "flannel", "podman");

    private LocalAddresses() {
    }

    public static InetAddress defaultBindAddress() {
        List<Inet4Address> candidates = siteLocalIpv4();
        return candidates.isEmpty() ? InetAddress.getLoopbackAddress() : candidates.get(0);
    }

    /** The site-local IPv4 addresses of this machine's real, up interfaces, best first. */
    public static List<Inet4Address> siteLocalIpv4() {
        List<Inet4Address> out = new ArrayList<>();
        try {
            for (NetworkInterface nif : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                String name = nif.getName().toLowerCase(Locale.ROOT);
                if (!nif.isUp() || nif.isLoopback() || nif.isVirtual() || nif.isPointToPoint()
                        || VIRTUAL_PREFIXES.stream().anyMatch(name::startsWith)) {
                    continue;
                }
                for (InetAddress a : Collections.list(nif.getInetAddresses())) {
                    if (a instanceof Inet4Address v4 && v4.isSiteLocalAddress()) {
                        out.add(v4);
                    }
                }
            }
        } catch (SocketException e) {
            return List.of();
        }
        out.sort(Comparator.comparingInt(LocalAddresses::rank));
        return out;
    }

    private static int rank(Inet4Address a) {
        int first = a.getAddress()[0] & 0xFF;
        return first == 192 ? 0 : first == 10 ? 1 : 2;
    }
}
