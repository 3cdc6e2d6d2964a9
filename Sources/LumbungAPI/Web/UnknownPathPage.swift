import MicroHTTP

extension LumbungAPI {
    /// Answers a path no route has: browsers (a `GET` that accepts `text/html`) get a page in
    /// Indonesian with ways back; every other client gets the 404 problem+json.
    func unknownPathPage(_ request: Request) throws -> Response {
        guard request.method == "GET" || request.method == "HEAD",
              request.headers["Accept"]?.contains("text/html") == true else {
            throw Problem.notFound("No route for \(request.path).")
        }
        return WebPage(title: "Halaman tidak ditemukan", area: .member, body: """
            <p class="pesan">Alamat ini tidak ada di Lumbung. Mungkin tautannya salah ketik atau sudah lama.</p>
            <p><a class="tombol" href="/">Cek stok barang</a></p>
            <p class="kecil">Pengurus gerai: <a href="/gerai">halaman gerai</a> · Petugas dinas: <a href="/dinas">dasbor dinas</a></p>
            """, status: 404).response
    }

    /// `GET /favicon.ico`: the small red Lumbung icon browsers ask for.
    func favicon(_ request: Request) throws -> Response {
        var response = Response(status: 200, headers: HTTPHeaders([("Content-Type", "image/x-icon")]),
                                body: WebIcon.ico)
        response.headers.set("Cache-Control", "public, max-age=86400")
        return response
    }
}

/// The site icon, drawn here rather than shipped as a file: a 16×16 red square with a white `L`.
enum WebIcon {
    /// The icon as a Windows icon file (one 32-bit 16×16 image).
    static let ico: [UInt8] = {
        let side = 16
        var bytes: [UInt8] = [0, 0, 1, 0, 1, 0]  // icon file, one image
        let imageSize = 40 + side * side * 4 + side * 4
        bytes += [UInt8(side), UInt8(side), 0, 0] + le16(1) + le16(32) + le32(imageSize) + le32(22)
        bytes += le32(40) + le32(side) + le32(side * 2) + le16(1) + le16(32) + le32(0) + le32(side * side * 4)
        bytes += [UInt8](repeating: 0, count: 16)
        for row in (0..<side).reversed() {  // bottom-up
            for column in 0..<side {
                let letter = (column >= 5 && column <= 6 && row >= 3 && row <= 12) || (row >= 11 && row <= 12 && column >= 5 && column <= 11)
                bytes += letter ? [0xFF, 0xFF, 0xFF, 0xFF] : [0x0C, 0x0C, 0x8A, 0xFF]  // BGRA
            }
        }
        bytes += [UInt8](repeating: 0, count: side * 4)  // the transparency mask: all opaque
        return bytes
    }()

    /// `value` as 2 little-endian bytes.
    private static func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF)] }

    /// `value` as 4 little-endian bytes.
    private static func le32(_ value: Int) -> [UInt8] { le16(value & 0xFFFF) + le16(value >> 16 & 0xFFFF) }
}
