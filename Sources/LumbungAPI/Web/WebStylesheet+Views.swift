extension WebStylesheet {
    /// Rules for the band notes, place search, outlet addresses, the typo check and the alert
    /// overview; served after `css`.
    static let viewsCSS = """
        [hidden]{display:none!important}
        input[type=search],input[type=date]{display:block;width:100%;min-height:48px;font:inherit;padding:10px 12px;
        border:2px solid #555;border-radius:8px;background:#fff;color:#111}
        .dasar{margin:6px 0 0}
        .batas{white-space:nowrap}
        .alamat a{font-weight:700}
        .cari-nama{display:grid;grid-template-columns:1fr;gap:0}
        .pesan.periksa{background:#fff3d6;border-color:#a36b00;color:#3d2600}
        .pesan.periksa .tombol{margin-top:10px}
        .baris-tombol{display:flex;flex-wrap:wrap;gap:8px 12px;align-items:center}
        .baris-tombol .tombol{margin:0}
        .saring{display:flex;flex-wrap:wrap;gap:6px 8px;margin:8px 0}
        .saring a{padding:6px 12px;border:2px solid #8a0c0c;border-radius:999px;text-decoration:none;font-size:16px}
        .saring a[aria-current]{background:#8a0c0c;color:#fff}
        .per-wilayah{list-style:none;padding:0;margin:0 0 12px;display:grid;grid-template-columns:repeat(auto-fill,minmax(230px,1fr));gap:4px 16px;font-size:16px}
        .per-wilayah li{display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding:4px 0}
        .daftar-peringatan details summary{cursor:pointer;color:#8a0c0c;font-weight:700;font-size:16px;min-height:32px}
        .daftar-peringatan td{font-size:15px}
        .halaman{margin:12px 0}
        .perubahan{margin:4px 0 10px}
        @media (min-width:1100px){
        main:has(> section#harga){max-width:1240px}
        .harga-wilayah,.daftar-peringatan{font-size:15px}
        .harga-wilayah td:first-child,.harga-wilayah td:nth-child(4),.harga-wilayah td:nth-child(5),
        .daftar-peringatan td:nth-child(4){white-space:nowrap}
        .daftar-peringatan td:first-child{min-width:300px}
        .harga-wilayah td,.harga-wilayah th,.daftar-peringatan td,.daftar-peringatan th{padding:5px 8px}
        .tiga-kolom{grid-template-columns:1fr 1fr 1.4fr}
        .tiga-kolom label{margin-top:0}
        .ringkas{grid-template-columns:1fr 480px}
        }
        .tiga-kolom{display:grid;gap:0 24px}
        """
}
