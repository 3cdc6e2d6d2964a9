import MicroHTTP

extension LumbungAPI {
    /// `GET /manifest.webmanifest`: installs `/gerai` on the home screen.
    func webAppManifest(_ request: Request) throws -> Response {
        WebAssets.response(ShopkeeperApp.manifest, type: "application/manifest+json")
    }

    /// `GET /static/gerai.js`: the outbox and connection script of the `/gerai` pages.
    func shopkeeperScript(_ request: Request) throws -> Response {
        WebAssets.response(ShopkeeperAppScript.text(zone: reportZone), type: "text/javascript; charset=utf-8")
    }

    /// `GET /static/gerai-sw.js`: the service worker, allowed to control `/gerai` although served from
    /// `/static`, and always checked for a newer version.
    func shopkeeperWorker(_ request: Request) throws -> Response {
        var response = WebAssets.response(ShopkeeperApp.worker, type: "text/javascript; charset=utf-8")
        response.headers.set("Cache-Control", "no-cache")
        response.headers.set("Service-Worker-Allowed", ShopkeeperApp.scope)
        response.headers.set("Content-Security-Policy", "default-src 'none'; connect-src 'self'")
        return response
    }

    /// `GET /static/ikon-192.png`: the app icon, 192 px.
    func appIconSmall(_ request: Request) throws -> Response {
        ShopkeeperApp.icon(size: 192)
    }

    /// `GET /static/ikon-512.png`: the app icon, 512 px.
    func appIconLarge(_ request: Request) throws -> Response {
        ShopkeeperApp.icon(size: 512)
    }
}

/// The `/gerai` pages as an installable app that keeps working without a connection: the manifest,
/// icons, service worker and page script, and the lines of the page head that load them.
enum ShopkeeperApp {
    /// The part of the site the app and its service worker cover.
    static let scope = "/gerai"

    /// What the head of every `/gerai` page adds: the manifest, the bar colour and the page script.
    static let head: HTML = """
        <link rel="manifest" href="/manifest.webmanifest">
        <meta name="theme-color" content="#8a0c0c">
        <script src="/static/gerai.js" defer></script>
        """

    /// The styles of what the page script shows: the waiting count, the connection and the answers.
    static let stylesheet = """
        .antrean{margin:0 0 12px}
        .antrean .jumlah{margin:0 0 6px;font-size:16px;color:#333}
        .antrean .jumlah.ada{display:inline-block;padding:4px 12px;border-radius:999px;background:#f0b400;color:#111;font-weight:700}
        .antrean .luring{margin:0 0 8px;padding:10px 14px;border-radius:8px;background:#fff4d6;border:2px solid #b07d00;color:#4a3300}
        .antrean .menunggu{margin:0 0 8px;padding-left:22px;font-size:16px}
        .antrean .hasil{background:#fff;border:1px solid #c8c8c4;border-radius:10px;padding:10px 14px;margin:0 0 12px}
        .antrean .hasil h2{margin:0 0 6px;font-size:19px}
        .antrean .hasil ul{list-style:none;padding:0;margin:0 0 8px}
        .antrean .hasil li{padding:4px 0 4px 10px;border-left:4px solid;margin:0 0 6px;font-size:16px}
        .antrean .diterima{border-color:#0b6b2f;color:#07451e}
        .antrean .ditolak{border-color:#a50e0e;color:#6e0909}

        """

    /// The web app manifest.
    static let manifest: String = {
        let icons: [JSON] = AppIcon.sizes.map { size in
            .object([("src", .string("/static/ikon-\(size).png")), ("sizes", .string("\(size)x\(size)")),
                     ("type", .string("image/png"))])
        }
        let document = JSON.object([
            ("name", .string("Lumbung Gerai")), ("short_name", .string("Gerai")), ("lang", .string("id")),
            ("description", .string("Catat stok dan harga gerai, juga saat tidak ada sinyal.")),
            ("start_url", .string(scope)), ("scope", .string(scope)), ("display", .string("standalone")),
            ("background_color", .string("#f4f4f2")), ("theme_color", .string("#8a0c0c")), ("icons", .array(icons)),
        ])
        return String(decoding: document.bytes, as: UTF8.self)
    }()

    /// The service worker's text.
    static let worker = ShopkeeperAppWorker.text(contentSecurityPolicy: WebPage.contentSecurityPolicy)

    /// The icon of `size` pixels as a PNG response.
    static func icon(size: Int) -> Response {
        WebAssets.response(AppIcon.png(size: size), type: "image/png")
    }
}
