/// The one stylesheet of the web pages, served at `/static/app.css`: large type and tap targets,
/// high contrast, one column on phones; tables become stacked cards below 700 px.
enum WebStylesheet {
    /// The CSS text.
    static let css = """
        *{box-sizing:border-box}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font:18px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#111;background:#f4f4f2}
        a{color:#8a0c0c}
        .kepala{display:flex;flex-wrap:wrap;align-items:center;gap:0 12px;padding:2px 12px;background:#8a0c0c;color:#fff}
        .kepala a{color:#fff;text-decoration:none;padding:12px 4px;display:inline-block}
        .kepala .merek{font-weight:700;font-size:19px;margin-right:auto}
        .kepala nav a{font-size:17px}
        .kepala nav{display:flex;gap:8px}
        .kepala nav a[aria-current]{border-bottom:3px solid #fff}
        main{max-width:1000px;margin:0 auto;padding:8px 16px 32px}
        h1{font-size:26px;margin:16px 0 8px}
        h2{font-size:21px;margin:24px 0 8px}
        h3{font-size:19px;margin:0 0 4px}
        footer{max-width:1000px;margin:0 auto;padding:16px;color:#444;font-size:15px}
        .pengantar{margin-top:0}
        .kartu>h2:first-child{margin-top:0}
        .kartu{background:#fff;border:1px solid #c8c8c4;border-radius:10px;padding:14px 16px;margin:0 0 14px}
        .kecil{font-size:15px;color:#333}
        label{display:block;font-weight:700;margin:12px 0 4px}
        select,input[type=text],input[type=number],input[type=password],textarea{display:block;width:100%;min-height:48px;
        font:inherit;padding:10px 12px;border:2px solid #555;border-radius:8px;background:#fff;color:#111}
        textarea{min-height:72px}
        select:focus,input:focus,textarea:focus,button:focus,a:focus{outline:3px solid #f0b400;outline-offset:2px}
        .tombol{display:block;width:100%;min-height:52px;margin:16px 0 0;padding:12px 16px;font:inherit;font-weight:700;
        border:2px solid #8a0c0c;border-radius:8px;background:#8a0c0c;color:#fff;cursor:pointer;text-align:center;text-decoration:none}
        .tombol.kedua{background:#fff;color:#8a0c0c}
        .tombol.kecil{display:inline-block;width:auto;min-height:44px;margin:0;padding:6px 14px;font-size:16px}
        .pesan{margin:0 0 14px;padding:12px 14px;border-radius:8px;background:#fff;border:2px solid #555}
        .pesan.berhasil{background:#e3f4e8;border-color:#0b6b2f;color:#07451e}
        .pesan.salah{background:#fde8e8;border-color:#a50e0e;color:#6e0909}
        .jejak{margin:12px 0 0;font-size:16px}
        .sesi{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;font-size:16px;margin:0 0 12px}
        .sesi form{margin:0}
        .daftar{list-style:none;padding:0;margin:0}
        .angka{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:baseline;margin:6px 0}
        .stok,.harga{font-size:24px;font-weight:700}
        .lencana{display:inline-block;white-space:nowrap;padding:2px 10px;border-radius:999px;font-size:15px;font-weight:700;border:1px solid}
        .dalam{background:#e3f4e8;color:#07451e;border-color:#0b6b2f}
        .atas{background:#fde8e8;color:#6e0909;border-color:#a50e0e}
        .bawah{background:#e6f0fa;color:#0a3d6b;border-color:#0b4f8a}
        .kosong{background:#eee;color:#333;border-color:#888}
        .waspada{background:#fff3d6;color:#5c3900;border-color:#a36b00}
        .pilih-gerai{display:block;min-height:56px;color:#111;text-decoration:none;border-width:2px}
        .pilih-gerai b{color:#8a0c0c;font-size:20px}
        .saldo{font-size:22px;margin:4px 0 0}
        .pesan p{margin:0}
        .lama{background:#fff3d6;color:#5c3900;padding:0 4px;border-radius:4px}
        .pilihan{display:grid;grid-template-columns:1fr;gap:8px;border:0;padding:0;margin:12px 0 0}
        .pilihan legend{font-weight:700;padding:0;margin-bottom:4px}
        .pilihan label{display:flex;align-items:center;gap:10px;margin:0;min-height:52px;padding:8px 14px;border:2px solid #555;
        border-radius:8px;background:#fff;font-weight:400;cursor:pointer}
        .pilihan input{flex:none;width:24px;height:24px;margin:0;accent-color:#8a0c0c}
        .pilihan label:has(input:checked){border-color:#8a0c0c;background:#fbecec;font-weight:700}
        .petunjuk{font-size:15px;color:#333;margin:4px 0 0}
        table{width:100%;border-collapse:collapse;background:#fff;font-size:16px}
        th,td{padding:8px 10px;border-bottom:1px solid #ccc;text-align:right;vertical-align:top}
        th:first-child,td:first-child{text-align:left}
        tr.jumlah td{font-weight:700;border-top:2px solid #555}
        .grafik{display:block;width:100%;max-width:720px;height:auto;background:#fff;border:1px solid #c8c8c4;border-radius:10px}
        .grafik text{font-size:13px;fill:#333}
        .grafik .kisi{stroke:#ddd;stroke-width:1}
        .grafik .median{fill:none;stroke:#8a0c0c;stroke-width:3;stroke-linejoin:round}
        .grafik .titik{fill:#8a0c0c}
        .grafik .batas-atas{fill:none;stroke:#a50e0e;stroke-width:2;stroke-dasharray:6 4}
        .grafik .batas-bawah{fill:none;stroke:#0b4f8a;stroke-width:2;stroke-dasharray:6 4}
        .keterangan{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:15px;margin:6px 0 0;padding:0;list-style:none}
        .keterangan span{flex:none;display:inline-block;width:22px;height:0;border-top:3px solid;vertical-align:middle;margin-right:6px}
        .keterangan .k-median{border-color:#8a0c0c}.keterangan .k-atas{border-color:#a50e0e;border-top-style:dashed}
        .keterangan .k-bawah{border-color:#0b4f8a;border-top-style:dashed}
        .peringatan h3{font-size:18px}
        .peringatan form{margin-top:8px}
        tr.tingkat-normal td{background:#eef8f0}
        tr.tingkat-waspada td{background:#fff3d6}
        tr.tingkat-siaga td{background:#ffe0c2}
        tr.tingkat-awas td{background:#fde8e8}
        details.lipat{margin:16px 0}
        details.lipat>summary{cursor:pointer}
        details.lipat>summary h2{display:inline;margin-right:8px}
        .siaga{background:#ffd9b3;color:#5a2500;border-color:#b34700}
        .awas{background:#a50e0e;color:#fff;border-color:#6e0909}
        .normal{background:#e3f4e8;color:#07451e;border-color:#0b6b2f}
        .diam{color:#6e0909;font-weight:700}
        .dua-kolom{display:grid;grid-template-columns:1fr;gap:0 24px}
        @media (min-width:700px){
        .dua-kolom{grid-template-columns:1fr 1fr}
        .tombol{width:auto;display:inline-block}
        }
        @media (max-width:699px){
        table.susun thead{display:none}
        table.susun,table.susun tbody,table.susun tr,table.susun td{display:block;width:100%}
        table.susun tr{border:1px solid #c8c8c4;border-radius:10px;margin:0 0 10px;padding:6px 10px;background:#fff}
        table.susun td{display:flex;justify-content:space-between;gap:12px;text-align:right;border:0;padding:4px 0}
        table.susun td::before{content:attr(data-label);font-weight:700;text-align:left}
        .grafik text{font-size:17px}
        table.susun td:first-child{font-weight:700;font-size:18px}
        table.susun td:first-child::before{content:none}
        }
        """
}
