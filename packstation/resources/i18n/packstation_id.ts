<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AlertStrip</name>
    <message>
        <source>⚠ {alert}  (click when seen)</source>
        <translation>⚠ {alert}  (klik jika sudah dilihat)</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>packstation daily digest {day}: {count} alert(s)</source>
        <translation>Ringkasan harian packstation {day}: {count} peringatan</translation>
    </message>
    <message>
        <source>{count} delivery alerts: {title}, ...</source>
        <translation>{count} peringatan pengiriman: {title}, ...</translation>
    </message>
    <message>
        <source>Low stock: {sku}</source>
        <translation>Stok menipis: {sku}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>Order {order} was cancelled; do not pack it.</source>
        <translation>Pesanan {order} dibatalkan; jangan dikemas.</translation>
    </message>
    <message>
        <source>Order {order} is being packed at another station.</source>
        <translation>Pesanan {order} sedang dikemas di stasiun lain.</translation>
    </message>
    <message>
        <source>Order {order} is being packed at station {station} until {time} UTC.</source>
        <translation>Pesanan {order} sedang dikemas di stasiun {station} sampai {time} UTC.</translation>
    </message>
    <message>
        <source>offline: packing an order claimed ahead</source>
        <translation>offline: mengemas pesanan yang diklaim lebih dulu</translation>
    </message>
    <message>
        <source>central store unreachable: order {order} was not claimed ahead by this station, so it cannot be packed offline. Take an order from the claimed-ahead list, or wait for the network.</source>
        <translation>penyimpanan pusat tidak terjangkau: pesanan {order} tidak diklaim lebih dulu oleh stasiun ini, jadi tidak bisa dikemas secara offline. Ambil pesanan dari daftar yang diklaim lebih dulu, atau tunggu jaringan.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Show the hotkeys and what this step expects</source>
        <translation>Tampilkan tombol pintas dan yang harus dilakukan di langkah ini</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Pesanan berikutnya</translation>
    </message>
    <message>
        <source>Take the most urgent order from the queue</source>
        <translation>Ambil pesanan paling mendesak dari antrean</translation>
    </message>
    <message>
        <source>OK / confirm</source>
        <translation>OK / konfirmasi</translation>
    </message>
    <message>
        <source>Accept the current step</source>
        <translation>Setujui langkah ini</translation>
    </message>
    <message>
        <source>Undo scan</source>
        <translation>Batalkan pindai</translation>
    </message>
    <message>
        <source>Undo the last accepted scan</source>
        <translation>Batalkan pindaian terakhir yang diterima</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>Capture a proof photo of the parcel</source>
        <translation>Ambil foto bukti paket</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>Paket baru</translation>
    </message>
    <message>
        <source>Start another parcel for this order</source>
        <translation>Mulai paket lain untuk pesanan ini</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Cetak ulang label</translation>
    </message>
    <message>
        <source>Print the shipping label again</source>
        <translation>Cetak label pengiriman lagi</translation>
    </message>
    <message>
        <source>Hold order</source>
        <translation>Tahan pesanan</translation>
    </message>
    <message>
        <source>Put the order on hold: short pick, damage, weight</source>
        <translation>Tahan pesanan: barang kurang, rusak, berat</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Lepas tahanan</translation>
    </message>
    <message>
        <source>Release an order on hold</source>
        <translation>Lepaskan pesanan yang ditahan</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>Batalkan label</translation>
    </message>
    <message>
        <source>Void the shipping label</source>
        <translation>Batalkan label pengiriman</translation>
    </message>
    <message>
        <source>Cancel / back</source>
        <translation>Batal / kembali</translation>
    </message>
    <message>
        <source>Close the prompt; the order stays where it is</source>
        <translation>Tutup kotak tanya; pesanan tetap di langkahnya</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Log out of the station</source>
        <translation>Keluar dari meja kemas</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>Mode serah kurir</translation>
    </message>
    <message>
        <source>Hand parcels to a courier: scan each one out</source>
        <translation>Serahkan paket ke kurir: pindai satu per satu</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>Station commands</source>
        <translation>Perintah meja kemas</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>Meja {name}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} dari {pages}</translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation> (supervisor)</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>⚠ FRAGILE: pad every item</source>
        <translation>⚠ MUDAH PECAH: beri bantalan tiap barang</translation>
    </message>
    <message>
        <source>Why put it on hold?</source>
        <translation>Kenapa ditahan?</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Kirim ke</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pesanan {order}</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>tanpa kurir</translation>
    </message>
    <message>
        <source>Buyer: {message}</source>
        <translation>Pembeli: {message}</translation>
    </message>
    <message>
        <source>Start picking</source>
        <translation>Mulai ambil barang</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Kembali ke antrean</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n barang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>between</source>
        <translation>antara</translation>
    </message>
    <message>
        <source>and</source>
        <translation>dan</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Carrier scan</source>
        <translation>Pindaian kurir</translation>
    </message>
    <message>
        <source>Lost: delivery failed too often</source>
        <translation>Hilang: terlalu sering gagal dikirim</translation>
    </message>
    <message>
        <source>Lost: not delivered in time after order creation</source>
        <translation>Hilang: tidak terkirim tepat waktu sejak pesanan dibuat</translation>
    </message>
    <message>
        <source>Delayed: past the delivery due time</source>
        <translation>Terlambat: melewati batas waktu pengiriman</translation>
    </message>
    <message>
        <source>Carrier reported an exception</source>
        <translation>Kurir melaporkan masalah</translation>
    </message>
    <message>
        <source>No carrier scan after handover (pickup missed?)</source>
        <translation>Tidak ada pindaian kurir setelah serah terima (tidak diambil?)</translation>
    </message>
    <message>
        <source>No tracking update: marketplace auto-cancel risk</source>
        <translation>Tidak ada pembaruan resi: risiko dibatalkan otomatis oleh marketplace</translation>
    </message>
    <message>
        <source>Delivered after a Lost verdict (reopened)</source>
        <translation>Terkirim setelah dinyatakan hilang (dibuka lagi)</translation>
    </message>
    <message>
        <source>Seller appeal</source>
        <translation>Banding penjual</translation>
    </message>
    <message>
        <source>Carrier claim</source>
        <translation>Klaim ke kurir</translation>
    </message>
    <message>
        <source>Damaged (carrier scan)</source>
        <translation>Rusak (pindaian kurir)</translation>
    </message>
    <message>
        <source>Delivery failed (carrier scan)</source>
        <translation>Gagal dikirim (pindaian kurir)</translation>
    </message>
    <message>
        <source>Returned to sender (carrier scan)</source>
        <translation>Dikembalikan ke pengirim (pindaian kurir)</translation>
    </message>
    <message>
        <source>Delayed (carrier scan)</source>
        <translation>Terlambat (pindaian kurir)</translation>
    </message>
    <message>
        <source>{claim}: closed</source>
        <translation>{claim}: ditutup</translation>
    </message>
    <message>
        <source>{claim}: {days} d left</source>
        <translation>{claim}: sisa {days} hari</translation>
    </message>
    <message>
        <source>{claim}: {hours} h left</source>
        <translation>{claim}: sisa {hours} jam</translation>
    </message>
    <message>
        <source>Order {order}: {condition}</source>
        <translation>Pesanan {order}: {condition}</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>scanner</source>
        <translation>pemindai</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>timbangan</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>printer</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>sinkron</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>terhubung</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>terputus</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>menyambung ulang</translation>
    </message>
    <message>
        <source>error</source>
        <translation>galat</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulasi</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>off</source>
        <translation>mati</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>siaga</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>kertas habis</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luring</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>gangguan</translation>
    </message>
    <message>
        <source>scale address: {problem}</source>
        <translation>alamat timbangan: {problem}</translation>
    </message>
    <message>
        <source>no scale configured (scale = none); weights are entered by hand</source>
        <translation>tidak ada timbangan (scale = none); berat diisi manual</translation>
    </message>
    <message>
        <source>scale answered: {reading} (raw {raw})</source>
        <translation>timbangan menjawab: {reading} (mentah {raw})</translation>
    </message>
    <message>
        <source>scale answered but reports a problem: {problem}</source>
        <translation>timbangan menjawab tetapi melaporkan masalah: {problem}</translation>
    </message>
    <message>
        <source>no weight from the scale within {seconds} s: {problem}</source>
        <translation>tidak ada berat dari timbangan dalam {seconds} detik: {problem}</translation>
    </message>
    <message>
        <source>scanner address: {problem}</source>
        <translation>alamat pemindai: {problem}</translation>
    </message>
    <message>
        <source>keyboard-wedge scanner: test it by scanning into the station&apos;s scan field</source>
        <translation>pemindai keyboard-wedge: uji dengan memindai ke kolom pindai stasiun</translation>
    </message>
    <message>
        <source>scanner not reachable: {problem}</source>
        <translation>pemindai tidak dapat dijangkau: {problem}</translation>
    </message>
    <message>
        <source>scanner read {code}</source>
        <translation>pemindai membaca {code}</translation>
    </message>
    <message>
        <source>scanner sent something unusable: {problem}</source>
        <translation>pemindai mengirim data yang tidak dapat dipakai: {problem}</translation>
    </message>
    <message>
        <source>scanner port opens, but no scan arrived within {seconds} s</source>
        <translation>port pemindai terbuka, tetapi tidak ada pindaian dalam {seconds} detik</translation>
    </message>
    <message>
        <source>scanner port opens</source>
        <translation>port pemindai terbuka</translation>
    </message>
    <message>
        <source>unknown device kind {kind}; use {kinds}</source>
        <translation>jenis perangkat tidak dikenal {kind}; gunakan {kinds}</translation>
    </message>
    <message>
        <source>{device} at {url} did not answer within {seconds} s</source>
        <translation>{device} di {url} tidak menjawab dalam {seconds} detik</translation>
    </message>
    <message>
        <source>camera address: {problem}</source>
        <translation>alamat kamera: {problem}</translation>
    </message>
    <message>
        <source>simulated camera</source>
        <translation>kamera simulasi</translation>
    </message>
    <message>
        <source>camera clip {path} does not exist</source>
        <translation>klip kamera {path} tidak ada</translation>
    </message>
    <message>
        <source>camera {url} opens no picture (unplugged, or used by another program?)</source>
        <translation>kamera {url} tidak memberi gambar (tercabut, atau dipakai program lain?)</translation>
    </message>
    <message>
        <source>camera gives {width}x{height} frames</source>
        <translation>kamera memberi gambar {width}x{height}</translation>
    </message>
    <message>
        <source>printer address: {problem}</source>
        <translation>alamat printer: {problem}</translation>
    </message>
</context>
<context>
    <name>DeviceUrlBox</name>
    <message>
        <source>Configured now</source>
        <translation>Yang dipakai sekarang</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>Handover {id} for {carrier} resumed: {count}.</source>
        <translation>Serah terima {id} untuk {carrier} dilanjutkan: {count}.</translation>
    </message>
    <message>
        <source>Dispatch mode: choose the carrier, or scan the courier&apos;s manifest barcode.</source>
        <translation>Mode serah kurir: pilih kurir, atau pindai barcode manifest kurir.</translation>
    </message>
    <message>
        <source> Handover {id} stays open.</source>
        <translation> Serah terima {id} tetap terbuka.</translation>
    </message>
    <message>
        <source>Back to packing.</source>
        <translation>Kembali mengemas.</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>Pilih kurir dulu (atau pindai barcode manifest kurir).</translation>
    </message>
    <message>
        <source>Open handover resumed.</source>
        <translation>Serah terima yang terbuka dilanjutkan.</translation>
    </message>
    <message>
        <source>{carrier}: type or scan the courier&apos;s name, then OK.</source>
        <translation>{carrier}: ketik atau pindai nama kurir, lalu OK.</translation>
    </message>
    <message>
        <source>Drop-off {id} open: scan each parcel&apos;s label.</source>
        <translation>Antar ke kurir {id} dibuka: pindai label tiap paket.</translation>
    </message>
    <message>
        <source>Handover {id} open: scan each parcel&apos;s label.</source>
        <translation>Serah terima {id} dibuka: pindai label tiap paket.</translation>
    </message>
    <message>
        <source>Nothing was read: scan again.</source>
        <translation>Tidak terbaca: pindai lagi.</translation>
    </message>
    <message>
        <source>That is a parcel&apos;s label: open the handover first (the courier&apos;s name, then OK), then scan the parcels.</source>
        <translation>Itu label paket: buka serah terima dulu (nama kurir, lalu OK), baru pindai paketnya.</translation>
    </message>
    <message>
        <source>Courier: {name}</source>
        <translation>Kurir: {name}</translation>
    </message>
    <message>
        <source>Plate read.</source>
        <translation>Plat nomor terbaca.</translation>
    </message>
    <message>
        <source>This handover is closed: OK for a new one.</source>
        <translation>Serah terima ini sudah ditutup: OK untuk yang baru.</translation>
    </message>
    <message>
        <source>No handover is open: choose the carrier first.</source>
        <translation>Belum ada serah terima terbuka: pilih kurir dulu.</translation>
    </message>
    <message>
        <source>Nothing scanned to take out.</source>
        <translation>Belum ada yang dipindai untuk dikeluarkan.</translation>
    </message>
    <message>
        <source>{tracking} taken out of the handover.</source>
        <translation>{tracking} dikeluarkan dari serah terima.</translation>
    </message>
    <message>
        <source>No handover is open.</source>
        <translation>Belum ada serah terima terbuka.</translation>
    </message>
    <message>
        <source>Nothing is scanned yet: scan the parcels first.</source>
        <translation>Belum ada yang dipindai: pindai paketnya dulu.</translation>
    </message>
    <message>
        <source>order {order}: {parcels}</source>
        <translation>pesanan {order}: {parcels}</translation>
    </message>
    <message>
        <source>Orders not complete: scan their other parcels first ({rest}).</source>
        <translation>Pesanan belum lengkap: pindai paket lainnya dulu ({rest}).</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} not scanned: scan them, or OK to leave them behind.</source>
        <translation>{count} paket untuk {carrier} belum dipindai: pindai, atau OK untuk ditinggal.</translation>
    </message>
    <message>
        <source>Every waiting parcel is scanned. PHOTO: the parcels handed over.</source>
        <translation>Semua paket yang menunggu sudah dipindai. PHOTO: foto paket yang diserahkan.</translation>
    </message>
    <message>
        <source>{count} parcel(s) stay behind. PHOTO: the parcels.</source>
        <translation>{count} paket tetap tinggal. PHOTO: foto paketnya.</translation>
    </message>
    <message>
        <source>New handover: choose the carrier.</source>
        <translation>Serah terima baru: pilih kurir.</translation>
    </message>
    <message>
        <source>Choose the carrier first.</source>
        <translation>Pilih kurir dulu.</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>Pilih kurir.</translation>
    </message>
    <message>
        <source>Back to scanning.</source>
        <translation>Kembali memindai.</translation>
    </message>
    <message>
        <source>Press F12 to go back to packing.</source>
        <translation>Tekan F12 untuk kembali mengemas.</translation>
    </message>
    <message>
        <source>Photos are taken when closing: press OK when every parcel is scanned.</source>
        <translation>Foto diambil saat menutup: tekan OK setelah semua paket dipindai.</translation>
    </message>
    <message>
        <source>No camera at this station: the handover photos cannot be taken.</source>
        <translation>Tidak ada kamera di stasiun ini: foto serah terima tidak bisa diambil.</translation>
    </message>
    <message>
        <source>The camera gave no picture ({fault}); check it and press PHOTO again.</source>
        <translation>Kamera tidak memberi gambar ({fault}); periksa lalu tekan PHOTO lagi.</translation>
    </message>
    <message>
        <source>Photo of the {kind} taken.</source>
        <translation>Foto {kind} sudah diambil.</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name.</source>
        <translation>Kurir harus tanda tangan, atau ketik namanya.</translation>
    </message>
    <message>
        <source>Acknowledged by {who}. OK to close the handover.</source>
        <translation>Dikonfirmasi oleh {who}. OK untuk menutup serah terima.</translation>
    </message>
    <message>
        <source>Confirm the parcels left behind first (OK).</source>
        <translation>Konfirmasi paket yang ditinggal dulu (OK).</translation>
    </message>
    <message>
        <source>Summary not printed: {fault}</source>
        <translation>Ringkasan tidak tercetak: {fault}</translation>
    </message>
    <message>
        <source>Manifest {id} closed: {parcels} parcel(s), {orders} order(s) Shipped.</source>
        <translation>Manifest {id} ditutup: {parcels} paket, {orders} pesanan Dikirim.</translation>
    </message>
    <message>
        <source>Handover {id} resumed.</source>
        <translation>Serah terima {id} dilanjutkan.</translation>
    </message>
    <message>
        <source>Handover {id} is {state} ({count} parcels); choose the carrier for a new one.</source>
        <translation>Serah terima {id} berstatus {state} ({count} paket); pilih kurir untuk yang baru.</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>tidak ada yang menunggu</translation>
    </message>
    <message>
        <source>No carrier in {code}: choose one ({known}).</source>
        <translation>Tidak ada kurir di {code}: pilih salah satu ({known}).</translation>
    </message>
    <message>
        <source>Log in first: dispatch needs a packer or a supervisor.</source>
        <translation>Masuk dulu: serah kurir perlu pengemas atau supervisor.</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>kurir</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda terima</translation>
    </message>
    <message>
        <source>{count} parcel(s) waiting</source>
        <translation>{count} paket menunggu</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} TERLAMBAT</translation>
    </message>
    <message>
        <source>open handover {id}</source>
        <translation>serah terima terbuka {id}</translation>
    </message>
    <message>
        <source>Choose the carrier, or scan the courier&apos;s manifest barcode</source>
        <translation>Pilih kurir, atau pindai barcode manifest kurir</translation>
    </message>
    <message>
        <source>Type or scan the {carrier} courier&apos;s name (and the vehicle plate), then OK</source>
        <translation>Ketik atau pindai nama kurir {carrier} (dan plat nomor), lalu OK</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s label · {count} · OK when every parcel is scanned</source>
        <translation>Pindai label tiap paket · {count} · OK setelah semua dipindai</translation>
    </message>
    <message>
        <source>{count} parcel(s) left behind: scan them, or OK to leave them</source>
        <translation>{count} paket tertinggal: pindai, atau OK untuk ditinggal</translation>
    </message>
    <message>
        <source>At the drop-off point? PHOTO: the carrier&apos;s receipt, then OK</source>
        <translation>Sudah di titik antar? PHOTO: tanda terima kurir, lalu OK</translation>
    </message>
    <message>
        <source>OK to close the drop-off: the orders become Shipped</source>
        <translation>OK untuk menutup antar: pesanan menjadi Dikirim</translation>
    </message>
    <message>
        <source>PHOTO: the parcels handed over</source>
        <translation>PHOTO: foto paket yang diserahkan</translation>
    </message>
    <message>
        <source>The courier signs on the pad, or types their name</source>
        <translation>Kurir tanda tangan di pad, atau ketik namanya</translation>
    </message>
    <message>
        <source>OK to close the handover: the orders become Shipped</source>
        <translation>OK untuk menutup serah terima: pesanan menjadi Dikirim</translation>
    </message>
    <message>
        <source>Manifest {id} closed · OK for a new handover, F12 to leave dispatch</source>
        <translation>Manifest {id} ditutup · OK untuk serah terima baru, F12 untuk keluar</translation>
    </message>
    <message>
        <source>Summary not printed: the label printer is a desktop printer (the manifest PDF has it all).</source>
        <translation>Ringkasan tidak dicetak: printer label adalah printer dokumen (PDF manifest sudah memuat semuanya).</translation>
    </message>
    <message>
        <source>Summary printed on the label printer.</source>
        <translation>Ringkasan dicetak di printer label.</translation>
    </message>
    <message>
        <source>Summary not printed: {reason}</source>
        <translation>Ringkasan tidak dicetak: {reason}</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>{count} parcel(s) staged</source>
        <translation>{count} paket menunggu</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} TERLAMBAT</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>{count} handed over today</source>
        <translation>{count} diserahkan hari ini</translation>
    </message>
    <message>
        <source>open: {handovers}</source>
        <translation>terbuka: {handovers}</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Staged parcels</source>
        <translation>Paket menunggu</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Jatuh tempo hari ini</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Handed over today</source>
        <translation>Diserahkan hari ini</translation>
    </message>
    <message>
        <source>Open handovers</source>
        <translation>Serah terima terbuka</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja kemas</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Diambil paling lambat</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>Dikirim paling lambat</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} j {minutes} m</translation>
    </message>
    <message>
        <source>LATE {time}</source>
        <translation>TERLAMBAT {time}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Staged orders, most urgent collection first</source>
        <translation>Pesanan menunggu, pengambilan paling mendesak dulu</translation>
    </message>
    <message>
        <source>Reading the dispatch board…</source>
        <translation>Membaca papan pengiriman…</translation>
    </message>
    <message>
        <source>The dispatch board could not be read (the log has the details).</source>
        <translation>Papan pengiriman tidak bisa dibaca (detail ada di log).</translation>
    </message>
    <message numerus="yes">
        <source>%n staged order(s)</source>
        <translation>
            <numerusform>%n pesanan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} late · as of {time}</source>
        <translation>{late} terlambat · per {time}</translation>
    </message>
    <message>
        <source>Select a staged order first.</source>
        <translation>Pilih dulu pesanan yang menunggu.</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>parcels</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>kurir</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda terima</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Serah kurir</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>Nama kurir</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>Plat nomor (opsional)</translation>
    </message>
    <message>
        <source>Open handover</source>
        <translation>Buka serah terima</translation>
    </message>
    <message>
        <source>Drop-off: we take them to the carrier</source>
        <translation>Antar sendiri: kita bawa ke kurir</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>…or the courier types their name</source>
        <translation>…atau kurir mengetik namanya</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Hapus tanda tangan</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>Tutup serah terima</translation>
    </message>
    <message>
        <source>The courier signs:</source>
        <translation>Kurir tanda tangan:</translation>
    </message>
    <message>
        <source> · courier {name}</source>
        <translation> · kurir {name}</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>pilih kurir</translation>
    </message>
    <message>
        <source>Dispatch · {carrier}</source>
        <translation>Serah kurir · {carrier}</translation>
    </message>
    <message>
        <source>✔ Manifest {manifest}: {parcels}, {orders} Shipped.</source>
        <translation>✔ Manifest {manifest}: {parcels}, {orders} Dikirim.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n paket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcels are staged: scan the courier&apos;s manifest barcode or type the carrier</source>
        <translation>Tidak ada paket siap: pindai barcode manifest kurir atau ketik kurirnya</translation>
    </message>
    <message>
        <source>order {order} · parcel {number}</source>
        <translation>pesanan {order} · paket {number}</translation>
    </message>
    <message>
        <source>order {order}: still {parcels}</source>
        <translation>pesanan {order}: masih {parcels}</translation>
    </message>
    <message>
        <source>Not complete: {rest}</source>
        <translation>Belum lengkap: {rest}</translation>
    </message>
    <message>
        <source>confirmed: they stay</source>
        <translation>dikonfirmasi: tetap tinggal</translation>
    </message>
    <message>
        <source>scan them, or OK to leave them</source>
        <translation>pindai, atau OK untuk ditinggal</translation>
    </message>
    <message>
        <source>Left behind for {carrier} ({count}): {state}</source>
        <translation>Tertinggal untuk {carrier} ({count}): {state}</translation>
    </message>
    <message>
        <source>Nothing left behind for this carrier.</source>
        <translation>Tidak ada yang tertinggal untuk kurir ini.</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>pesanan {order}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Drop-off photos: {taken} (PHOTO: the carrier&apos;s drop-off receipt)</source>
        <translation>Foto antar: {taken} (PHOTO: tanda terima dari kurir)</translation>
    </message>
    <message>
        <source>Take photo of the receipt</source>
        <translation>Foto tanda terima</translation>
    </message>
    <message>
        <source>Handover photos: {taken} (PHOTO: the parcels, then the courier with them)</source>
        <translation>Foto serah terima: {taken} (PHOTO: paketnya, lalu kurir bersama paket)</translation>
    </message>
    <message>
        <source>Take photo of the courier</source>
        <translation>Foto kurir</translation>
    </message>
    <message>
        <source>Take photo of the parcels</source>
        <translation>Foto paket</translation>
    </message>
    <message>
        <source>Close handover (acknowledged: {who})</source>
        <translation>Tutup serah terima (dikonfirmasi: {who})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Handover photo</source>
        <translation>Foto serah terima</translation>
    </message>
    <message>
        <source>Take last parcel out</source>
        <translation>Keluarkan paket terakhir</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✔ Order done</source>
        <translation>✔ Pesanan selesai</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Pesanan berikutnya</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Kembali ke antrean</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>UnitScanned</source>
        <translation>Barang dipindai</translation>
    </message>
    <message>
        <source>ScanRejected</source>
        <translation>Pindaian ditolak</translation>
    </message>
    <message>
        <source>ScanUndone</source>
        <translation>Pindaian dibatalkan</translation>
    </message>
    <message>
        <source>OrderPicked</source>
        <translation>Pesanan selesai diambil</translation>
    </message>
    <message>
        <source>ParcelWeighed</source>
        <translation>Paket ditimbang</translation>
    </message>
    <message>
        <source>WeightOverridden</source>
        <translation>Berat diterima</translation>
    </message>
    <message>
        <source>OrderPacked</source>
        <translation>Pesanan dikemas</translation>
    </message>
    <message>
        <source>LabelPrinted</source>
        <translation>Label dicetak</translation>
    </message>
    <message>
        <source>LabelReprinted</source>
        <translation>Label dicetak ulang</translation>
    </message>
    <message>
        <source>LabelVoided</source>
        <translation>Label dibatalkan</translation>
    </message>
    <message>
        <source>OrderLabelled</source>
        <translation>Pesanan berlabel</translation>
    </message>
    <message>
        <source>PhotoTaken</source>
        <translation>Foto diambil</translation>
    </message>
    <message>
        <source>PhotosWaived</source>
        <translation>Foto dikecualikan</translation>
    </message>
    <message>
        <source>OrderPhotographed</source>
        <translation>Pesanan difoto</translation>
    </message>
    <message>
        <source>OrderStaged</source>
        <translation>Pesanan menunggu kurir</translation>
    </message>
    <message>
        <source>LabelStepReopened</source>
        <translation>Langkah label dibuka lagi</translation>
    </message>
    <message>
        <source>CarrierStatusChanged</source>
        <translation>Status kurir berubah</translation>
    </message>
    <message>
        <source>DeliveryStatusSet</source>
        <translation>Status pengiriman diatur</translation>
    </message>
    <message>
        <source>DeliveryProofKept</source>
        <translation>Bukti pengiriman disimpan</translation>
    </message>
    <message>
        <source>OrderShipped</source>
        <translation>Pesanan dikirim</translation>
    </message>
    <message>
        <source>HandoverOpened</source>
        <translation>Serah terima dibuka</translation>
    </message>
    <message>
        <source>ParcelScannedOut</source>
        <translation>Paket dipindai keluar</translation>
    </message>
    <message>
        <source>HandoverScanRefused</source>
        <translation>Pindaian serah terima ditolak</translation>
    </message>
    <message>
        <source>PartialHandoverAllowed</source>
        <translation>Serah terima sebagian diizinkan</translation>
    </message>
    <message>
        <source>HandoverClosed</source>
        <translation>Serah terima ditutup</translation>
    </message>
    <message>
        <source>HandoverAbandoned</source>
        <translation>Serah terima dibatalkan</translation>
    </message>
    <message>
        <source>ShipmentReported</source>
        <translation>Pengiriman dilaporkan</translation>
    </message>
    <message>
        <source>ShipmentRefused</source>
        <translation>Laporan pengiriman ditolak</translation>
    </message>
    <message>
        <source>CancellationReported</source>
        <translation>Pembatalan dilaporkan</translation>
    </message>
    <message>
        <source>CancellationRefused</source>
        <translation>Laporan pembatalan ditolak</translation>
    </message>
    <message>
        <source>OrderImported</source>
        <translation>Pesanan diimpor</translation>
    </message>
    <message>
        <source>OrderUpdated</source>
        <translation>Pesanan diperbarui</translation>
    </message>
    <message>
        <source>OrderCancelled</source>
        <translation>Pesanan dibatalkan</translation>
    </message>
    <message>
        <source>OrderConfirmed</source>
        <translation>Pesanan dikonfirmasi</translation>
    </message>
    <message>
        <source>OrderRequeued</source>
        <translation>Pesanan kembali ke antrean</translation>
    </message>
    <message>
        <source>OrderHeld</source>
        <translation>Pesanan ditahan</translation>
    </message>
    <message>
        <source>OrderReleased</source>
        <translation>Pesanan dilepas</translation>
    </message>
    <message>
        <source>DisputeFlagged</source>
        <translation>Sengketa ditandai</translation>
    </message>
    <message>
        <source>FlagCleared</source>
        <translation>Tanda dihapus</translation>
    </message>
    <message>
        <source>AlertRaised</source>
        <translation>Peringatan dibuat</translation>
    </message>
    <message>
        <source>ReturnAnnounced</source>
        <translation>Retur diumumkan</translation>
    </message>
    <message>
        <source>ReturnOpened</source>
        <translation>Retur dibuka</translation>
    </message>
    <message>
        <source>ReturnRefusedScan</source>
        <translation>Pindaian retur ditolak</translation>
    </message>
    <message>
        <source>ReturnWeighed</source>
        <translation>Retur ditimbang</translation>
    </message>
    <message>
        <source>ReturnPhotoTaken</source>
        <translation>Foto retur diambil</translation>
    </message>
    <message>
        <source>ReturnUnitChecked</source>
        <translation>Barang retur diperiksa</translation>
    </message>
    <message>
        <source>ReturnReceived</source>
        <translation>Retur diterima</translation>
    </message>
    <message>
        <source>ReturnUnitGraded</source>
        <translation>Barang retur dinilai</translation>
    </message>
    <message>
        <source>ReturnUnitDecided</source>
        <translation>Barang retur diputuskan</translation>
    </message>
    <message>
        <source>StockDecided</source>
        <translation>Keputusan stok</translation>
    </message>
    <message>
        <source>VideoRecorded</source>
        <translation>Video direkam</translation>
    </message>
    <message>
        <source>VideoIncomplete</source>
        <translation>Video tidak lengkap</translation>
    </message>
    <message>
        <source>VideoPurged</source>
        <translation>Video dihapus</translation>
    </message>
    <message>
        <source>VideoShortfallAccepted</source>
        <translation>Video yang kurang diterima</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence pack, order {order}: page {page}/{pages}</source>
        <translation>Paket bukti, pesanan {order}: halaman {page}/{pages}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Tidak ada catatan.</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>file hilang</translation>
    </message>
    <message>
        <source>image cannot be shown: {error}</source>
        <translation>gambar tidak bisa ditampilkan: {error}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <source>Photo {n}: {kind} (parcel {parcel}), {state}</source>
        <translation>Foto {n}: {kind} (paket {parcel}), {state}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Station / chain</source>
        <translation>Meja kemas / rantai</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pengemas</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Label visible</source>
        <translation>Label terlihat</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Hash catatan</translation>
    </message>
    <message>
        <source>Accepted without label</source>
        <translation>Diterima tanpa label</translation>
    </message>
    <message>
        <source>Unstamped original SHA-256</source>
        <translation>SHA-256 asli tanpa cap</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>The order record is no longer in the store; its photos follow.</source>
        <translation>Catatan pesanan sudah tidak ada di penyimpanan; fotonya menyusul di bawah.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>Channel / status</source>
        <translation>Kanal / status</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Paid / ship by</source>
        <translation>Dibayar / kirim sebelum</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>Dikemas di</translation>
    </message>
    <message>
        <source>station {station}, packer {packer}</source>
        <translation>meja {station}, pengemas {packer}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>Pesan pembeli</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja kemas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Pindaian</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Dipindai</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Parcels and weights</source>
        <translation>Paket dan berat</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Expected g</source>
        <translation>Seharusnya (g)</translation>
    </message>
    <message>
        <source>Weighed g</source>
        <translation>Ditimbang (g)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Terima berat</translation>
    </message>
    <message>
        <source>no PNG preview of this label</source>
        <translation>tidak ada pratinjau PNG untuk label ini</translation>
    </message>
    <message>
        <source>Label, parcel {number} ({tracking})</source>
        <translation>Label, paket {number} ({tracking})</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifes</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir (petugas)</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Pelat nomor</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Parcels in manifest</source>
        <translation>Paket dalam manifes</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Manifest PDF SHA-256</source>
        <translation>SHA-256 PDF manifes</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 isi</translation>
    </message>
    <message>
        <source>The manifest PDF is in this pack (handover/); the handover photos are among the photos above.</source>
        <translation>PDF manifes ada di paket ini (handover/); foto serah terima ada di antara foto di atas.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verifikasi</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>Meja #</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Proof photos</source>
        <translation>Foto bukti</translation>
    </message>
    <message>
        <source>Evidence pack: order {order}</source>
        <translation>Paket bukti: pesanan {order}</translation>
    </message>
    <message>
        <source>all photos verified</source>
        <translation>semua foto terverifikasi</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED</source>
        <translation>VERIFIKASI GAGAL</translation>
    </message>
    <message>
        <source>Generated {time} UTC. {photos} proof photo(s), {verdict}.</source>
        <translation>Dibuat {time} UTC. {photos} foto bukti, {verdict}.</translation>
    </message>
    <message>
        <source>No proof photos were taken.</source>
        <translation>Tidak ada foto bukti yang diambil.</translation>
    </message>
    <message>
        <source>Handover to the carrier</source>
        <translation>Serah terima ke kurir</translation>
    </message>
    <message>
        <source>OK: {photos} photo records and {files} files verified</source>
        <translation>OK: {photos} catatan foto dan {files} file terverifikasi</translation>
    </message>
    <message>
        <source>FAILED: {bad} of {photos} photos have problems ({findings} findings)</source>
        <translation>GAGAL: {bad} dari {photos} foto bermasalah ({findings} temuan)</translation>
    </message>
    <message>
        <source>record #{seq} was edited after it was written</source>
        <translation>catatan #{seq} diubah setelah ditulis</translation>
    </message>
    <message>
        <source>record {records} before #{seq} was removed</source>
        <translation>catatan {records} sebelum #{seq} dihapus</translation>
    </message>
    <message>
        <source>record #{seq} was written as the first of the chain: records reordered</source>
        <translation>catatan #{seq} ditulis sebagai yang pertama di rantai: urutan catatan diubah</translation>
    </message>
    <message>
        <source>record #{seq} was written after #{other} ({id}): records reordered</source>
        <translation>catatan #{seq} ditulis setelah #{other} ({id}): urutan catatan diubah</translation>
    </message>
    <message>
        <source>record #{seq} does not link to the start of the chain</source>
        <translation>catatan #{seq} tidak terhubung ke awal rantai</translation>
    </message>
    <message>
        <source>record #{seq} does not link to record #{other}</source>
        <translation>catatan #{seq} tidak terhubung ke catatan #{other}</translation>
    </message>
    <message>
        <source>record #{seq} was rewritten: #{other} recorded a different hash for it</source>
        <translation>catatan #{seq} ditulis ulang: #{other} mencatat hash yang berbeda untuknya</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>unstamped original</source>
        <translation>asli tanpa cap</translation>
    </message>
    <message>
        <source>{what} key {key} is not valid</source>
        <translation>kunci {what} {key} tidak valid</translation>
    </message>
    <message>
        <source>{what} file {key} is missing</source>
        <translation>file {what} {key} hilang</translation>
    </message>
    <message>
        <source>{what} file changed: SHA-256 {actual}…, recorded {recorded}…</source>
        <translation>file {what} berubah: SHA-256 {actual}…, tercatat {recorded}…</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Yang terjadi</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Claim windows</source>
        <translation>Batas waktu klaim</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Ekspor paket bukti</translation>
    </message>
    <message>
        <source>Checking shipments…</source>
        <translation>Memeriksa pengiriman…</translation>
    </message>
    <message>
        <source>The exceptions board could not be read (the log has the details).</source>
        <translation>Papan masalah tidak bisa dibaca (detail ada di log).</translation>
    </message>
    <message>
        <source>On-time deliveries per week (%)</source>
        <translation>Pengiriman tepat waktu per minggu (%)</translation>
    </message>
    <message>
        <source>Exceptions per week</source>
        <translation>Masalah per minggu</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) in exception or at risk</source>
        <translation>
            <numerusform>%n pengiriman bermasalah atau berisiko</numerusform>
        </translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>berisiko</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Pilih pesanan dulu.</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>Pilih dulu pesanan yang akan diekspor.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <source>e.g. admin</source>
        <translation>mis. admin</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nama lengkap</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 sampai 12 angka</translation>
    </message>
    <message>
        <source>optional: scan a badge into this field</source>
        <translation>opsional: pindai kartu ke kolom ini</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>Buat admin</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>ID pengguna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>New station: create the first admin</source>
        <translation>Meja baru: buat admin pertama</translation>
    </message>
    <message>
        <source>The admin adds packers and supervisors afterwards.</source>
        <translation>Admin menambahkan pengemas dan supervisor setelahnya.</translation>
    </message>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>isi ID pengguna, nama dan PIN, lalu Buat admin</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag order {order}</source>
        <translation>Tandai pesanan {order}</translation>
    </message>
    <message>
        <source>What is disputed about order &lt;b&gt;{order}&lt;/b&gt;? (buyer claim, carrier denial, ...)</source>
        <translation>Apa yang disengketakan pada pesanan &lt;b&gt;{order}&lt;/b&gt;? (klaim pembeli, penolakan kurir, ...)</translation>
    </message>
    <message>
        <source>e.g. Buyer says the parcel arrived empty; claim #12345</source>
        <translation>mis. Pembeli bilang paket tiba kosong; klaim #12345</translation>
    </message>
    <message>
        <source>Flag dispute</source>
        <translation>Tandai sengketa</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>That did not work; the order stays where it was. Try again, or call a supervisor.</source>
        <translation>Tidak berhasil; pesanan tetap di tempatnya. Coba lagi, atau panggil supervisor.</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>Antrean tidak bisa dibaca</translation>
    </message>
    <message>
        <source>The held orders could not be read</source>
        <translation>Pesanan yang ditahan tidak bisa dibaca</translation>
    </message>
    <message>
        <source>{trouble}. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{trouble}. Coba lagi; kalau masih gagal, panggil supervisor.</translation>
    </message>
    <message>
        <source>The supervisor check failed</source>
        <translation>Pemeriksaan supervisor gagal</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} of {expected} for {carrier} today</source>
        <translation>{count} dari {expected} untuk {carrier} hari ini</translation>
    </message>
    <message>
        <source> in manifest {id}</source>
        <translation> di manifest {id}</translation>
    </message>
    <message>
        <source>Already handed over{where}: order {order} shipped. Put this parcel aside and tell a supervisor.</source>
        <translation>Sudah diserahkan{where}: pesanan {order} dikirim. Sisihkan paket ini dan beri tahu supervisor.</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not hand it over: take the parcel back, unpack it and return the items to stock.</source>
        <translation>STOP: pesanan {order} dibatalkan. Jangan diserahkan: bawa paket kembali, bongkar dan kembalikan barang ke stok.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>Order {order} is on hold ({reason}). Keep the parcel back; a supervisor must release it.</source>
        <translation>Pesanan {order} ditahan ({reason}). Simpan paketnya; supervisor harus melepaskannya.</translation>
    </message>
    <message>
        <source>This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench and print its new label.</source>
        <translation>Label ini ({tracking}) dibatalkan. Jangan diserahkan: bawa paket ke meja kemas dan cetak label barunya.</translation>
    </message>
    <message>
        <source>Parcel {number} of order {order} has no label. Take it back to a bench to print one.</source>
        <translation>Paket {number} pesanan {order} belum ada label. Bawa ke meja kemas untuk mencetaknya.</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos. Take it back to a bench to photograph it (or a supervisor waives them).</source>
        <translation>Pesanan {order} belum ada foto bukti. Bawa ke meja kemas untuk difoto (atau supervisor membebaskannya).</translation>
    </message>
    <message>
        <source>WRONG CARRIER: this parcel goes with {right}, not {carrier}. Do not give it to this courier; put it back with {back}.</source>
        <translation>KURIR SALAH: paket ini ikut {right}, bukan {carrier}. Jangan berikan ke kurir ini; kembalikan ke {back}.</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>tanpa kurir</translation>
    </message>
    <message>
        <source>the unassigned parcels</source>
        <translation>paket yang belum ada kurirnya</translation>
    </message>
    <message>
        <source>Parcel already scanned into handover {id}, still open. Close or cancel that handover first.</source>
        <translation>Paket sudah dipindai ke serah terima {id} yang masih terbuka. Tutup atau batalkan dulu.</translation>
    </message>
    <message>
        <source>Order {order} is on hold. Keep the parcel back; a supervisor must release it.</source>
        <translation>Pesanan {order} ditahan. Simpan paketnya; supervisor harus melepaskannya.</translation>
    </message>
    <message>
        <source>Already handed over: order {order} is {status}. Put this parcel aside and tell a supervisor.</source>
        <translation>Sudah diserahkan: pesanan {order} berstatus {status}. Sisihkan paket ini dan beri tahu supervisor.</translation>
    </message>
    <message>
        <source>Order {order} is {status}: its label was never printed. Take it back to a bench to finish it.</source>
        <translation>Pesanan {order} berstatus {status}: labelnya belum pernah dicetak. Bawa ke meja kemas untuk diselesaikan.</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos yet. Take it back to a bench to photograph it.</source>
        <translation>Pesanan {order} belum ada foto bukti. Bawa ke meja kemas untuk difoto.</translation>
    </message>
    <message>
        <source>Order {order} is {status}, not staged for pickup. Finish it at the bench first.</source>
        <translation>Pesanan {order} berstatus {status}, belum siap diambil. Selesaikan di meja kemas dulu.</translation>
    </message>
    <message>
        <source>Nothing was read: scan the parcel&apos;s label again.</source>
        <translation>Tidak terbaca: pindai label paket lagi.</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no staged order has this label. Put it aside for a supervisor (or sync, if it was packed at another station).</source>
        <translation>Paket tidak dikenal {code}: tidak ada pesanan siap dengan label ini. Sisihkan untuk supervisor (atau sinkronkan, jika dikemas di stasiun lain).</translation>
    </message>
    <message>
        <source>A handover is a pickup or a dropoff, not {kind}.</source>
        <translation>Serah terima adalah penjemputan atau pengantaran, bukan {kind}.</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>Pilih kurir dulu (atau pindai barcode manifest kurir).</translation>
    </message>
    <message>
        <source>Type or scan the courier&apos;s name.</source>
        <translation>Ketik atau pindai nama kurir.</translation>
    </message>
    <message>
        <source>No handover {id}.</source>
        <translation>Tidak ada serah terima {id}.</translation>
    </message>
    <message>
        <source>Handover {id} is {state}; open a new one for more parcels.</source>
        <translation>Serah terima {id} berstatus {state}; buka yang baru untuk paket lainnya.</translation>
    </message>
    <message>
        <source>Already in this handover: order {order} parcel {number}.</source>
        <translation>Sudah ada di serah terima ini: pesanan {order} paket {number}.</translation>
    </message>
    <message>
        <source>Parcel {number} of {total} of order {order} added. Still to scan for this order: {rest}.</source>
        <translation>Paket {number} dari {total} pesanan {order} ditambahkan. Masih perlu dipindai: {rest}.</translation>
    </message>
    <message>
        <source>Order {order}: all {total} parcels added. {count}.</source>
        <translation>Pesanan {order}: semua {total} paket ditambahkan. {count}.</translation>
    </message>
    <message>
        <source>Order {order}: parcel added. {count}.</source>
        <translation>Pesanan {order}: paket ditambahkan. {count}.</translation>
    </message>
    <message>
        <source>{tracking} is not in handover {id}.</source>
        <translation>{tracking} tidak ada di serah terima {id}.</translation>
    </message>
    <message>
        <source>Handing over part of an order</source>
        <translation>Menyerahkan sebagian pesanan</translation>
    </message>
    <message>
        <source>Say why only part of the order goes.</source>
        <translation>Sebutkan kenapa hanya sebagian pesanan yang dikirim.</translation>
    </message>
    <message>
        <source>No parcel of order {order} is in this handover.</source>
        <translation>Tidak ada paket pesanan {order} di serah terima ini.</translation>
    </message>
    <message>
        <source>Cancelling a handover</source>
        <translation>Membatalkan serah terima</translation>
    </message>
    <message>
        <source>Say why the handover is cancelled.</source>
        <translation>Sebutkan kenapa serah terima dibatalkan.</translation>
    </message>
    <message>
        <source>Handover {id} was cancelled; open a new one.</source>
        <translation>Serah terima {id} dibatalkan; buka yang baru.</translation>
    </message>
    <message>
        <source>Nothing was scanned into handover {id}: scan the parcels first.</source>
        <translation>Belum ada yang dipindai ke serah terima {id}: pindai paketnya dulu.</translation>
    </message>
    <message>
        <source>order {order}: {rest}</source>
        <translation>pesanan {order}: {rest}</translation>
    </message>
    <message>
        <source>Some orders are not complete; scan their other parcels (or a supervisor allows a partial handover): {orders}.</source>
        <translation>Beberapa pesanan belum lengkap; pindai paket lainnya (atau supervisor mengizinkan serah terima sebagian): {orders}.</translation>
    </message>
    <message>
        <source>{tracking} (order {order})</source>
        <translation>{tracking} (pesanan {order})</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} dan {count} lagi</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} were not scanned: {names}. Scan them, or confirm they stay behind.</source>
        <translation>{count} paket untuk {carrier} belum dipindai: {names}. Pindai, atau konfirmasi paket tetap tinggal.</translation>
    </message>
    <message>
        <source>Take a photo of the drop-off receipt to close this drop-off.</source>
        <translation>Foto tanda terima antar untuk menutup pengantaran ini.</translation>
    </message>
    <message>
        <source>Take the handover photos: the parcels handed over, and the courier with them.</source>
        <translation>Ambil foto serah terima: paket yang diserahkan, dan kurir bersama paket.</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name, to acknowledge the parcels.</source>
        <translation>Kurir harus tanda tangan, atau ketik namanya, untuk menerima paket.</translation>
    </message>
    <message>
        <source>STOP: order(s) {orders} were cancelled centrally. Take their parcels back (remove them from the handover) before closing.</source>
        <translation>STOP: pesanan {orders} dibatalkan dari pusat. Ambil kembali paketnya (keluarkan dari serah terima) sebelum menutup.</translation>
    </message>
    <message>
        <source>The handover changed while it was closing; close it again.</source>
        <translation>Serah terima berubah saat ditutup; tutup lagi.</translation>
    </message>
    <message>
        <source>The signature could not be read; ask the courier to sign again.</source>
        <translation>Tanda tangan tidak terbaca; minta kurir tanda tangan lagi.</translation>
    </message>
    <message>
        <source>Handover {id} is still open: its manifest is written at closing.</source>
        <translation>Serah terima {id} masih terbuka: manifesnya dibuat saat ditutup.</translation>
    </message>
    <message>
        <source>Handover {id} is closed; open a new one for more parcels.</source>
        <translation>Serah terima {id} sudah ditutup; buka yang baru untuk paket lain.</translation>
    </message>
    <message>
        <source>Handover {id} is abandoned; open a new one for more parcels.</source>
        <translation>Serah terima {id} dibatalkan; buka yang baru untuk paket lain.</translation>
    </message>
</context>
<context>
    <name>HandoverKind</name>
    <message>
        <source>pickup</source>
        <translation>penjemputan</translation>
    </message>
    <message>
        <source>dropoff</source>
        <translation>pengantaran</translation>
    </message>
</context>
<context>
    <name>Held</name>
    <message>
        <source>picking</source>
        <translation>pengambilan</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>pengemasan</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>the photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>PIN supervisor, atau pindai kartu supervisor</translation>
    </message>
    <message>
        <source>note for the record: why</source>
        <translation>catatan: kenapa</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled</source>
        <translation>STOP: pesanan {order} dibatalkan</translation>
    </message>
    <message>
        <source>Unpack it and return the items to stock.</source>
        <translation>Bongkar dan kembalikan barang ke stok.</translation>
    </message>
    <message>
        <source>Order {order} is on hold</source>
        <translation>Pesanan {order} ditahan</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>Ketik catatan: kenapa ini diterima?</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Kembali ke antrean</translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation>Terima berat</translation>
    </message>
    <message>
        <source>Accept short</source>
        <translation>Terima kurang</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Lepaskan</translation>
    </message>
    <message>
        <source>Send back to {step}</source>
        <translation>Kembalikan ke {step}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Set up this station</source>
        <translation>Siapkan stasiun ini</translation>
    </message>
    <message>
        <source>Nobody can log in yet. Type your name, a short user id (like ada) and a PIN.</source>
        <translation>Belum ada yang bisa masuk. Ketik nama, id pengguna singkat (misalnya ada) dan PIN.</translation>
    </message>
    <message>
        <source>Press Create admin. Then log in and press Ctrl+P to add packers and supervisors.</source>
        <translation>Tekan Buat admin. Lalu masuk dan tekan Ctrl+P untuk menambah pengemas dan supervisor.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Scan your badge with the scanner, or type your PIN and press Enter.</source>
        <translation>Pindai kartu dengan pemindai, atau ketik PIN lalu tekan Enter.</translation>
    </message>
    <message>
        <source>No badge or PIN yet? Ask a supervisor to add you (Ctrl+P).</source>
        <translation>Belum punya kartu atau PIN? Minta supervisor menambahkan Anda (Ctrl+P).</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Pilih pesanan</translation>
    </message>
    <message>
        <source>Scan the barcode on the pick list, or press {key} to take the most urgent order.</source>
        <translation>Pindai barcode di daftar ambil, atau tekan {key} untuk pesanan paling mendesak.</translation>
    </message>
    <message>
        <source>Red rows are late, orange rows are due soon.</source>
        <translation>Baris merah terlambat, baris oranye segera jatuh tempo.</translation>
    </message>
    <message>
        <source>Another packer&apos;s badge switches the station to them.</source>
        <translation>Kartu pengemas lain memindahkan stasiun ke orang itu.</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Periksa pesanan</translation>
    </message>
    <message>
        <source>Check the items and the address on screen.</source>
        <translation>Periksa barang dan alamat di layar.</translation>
    </message>
    <message>
        <source>Scan the first item to start picking (or press {key}).</source>
        <translation>Pindai barang pertama untuk mulai mengambil (atau tekan {key}).</translation>
    </message>
    <message>
        <source>Pick every item</source>
        <translation>Ambil semua barang</translation>
    </message>
    <message>
        <source>Scan each item once: the list shows how many are still missing.</source>
        <translation>Pindai tiap barang sekali: daftar menunjukkan berapa yang masih kurang.</translation>
    </message>
    <message>
        <source>Red means wrong item: put it back. Scanned one twice? Press {undo} to undo.</source>
        <translation>Merah berarti barang salah: kembalikan. Terpindai dua kali? Tekan {undo} untuk batal.</translation>
    </message>
    <message>
        <source>Something missing? Press {hold}: a supervisor decides.</source>
        <translation>Ada yang kurang? Tekan {hold}: supervisor yang memutuskan.</translation>
    </message>
    <message>
        <source>Pack and weigh</source>
        <translation>Kemas dan timbang</translation>
    </message>
    <message>
        <source>Use the box shown (or scan another box&apos;s code).</source>
        <translation>Pakai kotak yang ditampilkan (atau pindai kode kotak lain).</translation>
    </message>
    <message>
        <source>Put the closed parcel on the scale; when the weight is steady press {key}.</source>
        <translation>Taruh paket yang sudah ditutup di timbangan; saat beratnya stabil tekan {key}.</translation>
    </message>
    <message>
        <source>More than one box? Press {key} for another parcel.</source>
        <translation>Lebih dari satu kotak? Tekan {key} untuk paket berikutnya.</translation>
    </message>
    <message>
        <source>Label the parcel</source>
        <translation>Beri label paket</translation>
    </message>
    <message>
        <source>The label prints by itself. Stick it flat on the top of the parcel.</source>
        <translation>Label tercetak sendiri. Tempel rata di atas paket.</translation>
    </message>
    <message>
        <source>Press {key} when it is on. Bad print? Press {reprint}.</source>
        <translation>Tekan {key} setelah tertempel. Cetakan jelek? Tekan {reprint}.</translation>
    </message>
    <message>
        <source>Photograph the parcel</source>
        <translation>Foto paket</translation>
    </message>
    <message>
        <source>Hold the labelled parcel under the camera so the label can be read.</source>
        <translation>Pegang paket berlabel di bawah kamera agar labelnya terbaca.</translation>
    </message>
    <message>
        <source>Press {key} for each photo the screen asks for.</source>
        <translation>Tekan {key} untuk tiap foto yang diminta layar.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Put the parcel on the shelf for its carrier.</source>
        <translation>Taruh paket di rak kurirnya.</translation>
    </message>
    <message>
        <source>Press {key} for the next order.</source>
        <translation>Tekan {key} untuk pesanan berikutnya.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>This order waits for a supervisor. Call one: they type their PIN or scan their badge, add a note, and release it or accept it as it is.</source>
        <translation>Pesanan ini menunggu supervisor. Panggil satu: ketik PIN atau pindai kartu, tambah catatan, lalu lepaskan atau terima apa adanya.</translation>
    </message>
    <message>
        <source>Press {key} to go back to the queue meanwhile.</source>
        <translation>Sementara itu tekan {key} untuk kembali ke antrean.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Choose each device from its list and press Test.</source>
        <translation>Pilih tiap perangkat dari daftarnya lalu tekan Tes.</translation>
    </message>
    <message>
        <source>Press {save} to save, {back} to go back.</source>
        <translation>Tekan {save} untuk simpan, {back} untuk kembali.</translation>
    </message>
    <message>
        <source>Now: {next}.</source>
        <translation>Sekarang: {next}.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>F1 or Esc closes this help.</source>
        <translation>F1 atau Esc menutup bantuan ini.</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>Next:</source>
        <translation>Berikutnya:</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>preview when the label is made</source>
        <translation>pratinjau muncul saat label dibuat</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>kurir</translation>
    </message>
    <message>
        <source>Order {order} · label · {carrier}</source>
        <translation>Pesanan {order} · label · {carrier}</translation>
    </message>
    <message>
        <source>Did the label come out? OK: yes, it printed · F7: reprint it</source>
        <translation>Label sudah keluar? OK: ya, tercetak · F7: cetak ulang</translation>
    </message>
    <message>
        <source>Label waiting for the printer: fix it, then press OK (F3) to retry</source>
        <translation>Label menunggu printer: perbaiki, lalu tekan OK (F3) untuk coba lagi</translation>
    </message>
    <message>
        <source>Label printed: stick it on the parcel</source>
        <translation>Label tercetak: tempel di paket</translation>
    </message>
    <message>
        <source>Label not printed yet: press OK (F3) to print</source>
        <translation>Label belum dicetak: tekan OK (F3) untuk mencetak</translation>
    </message>
    <message>
        <source>allocated when the label prints</source>
        <translation>diberikan saat label dicetak</translation>
    </message>
    <message>
        <source>Tracking: {number}</source>
        <translation>Resi: {number}</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>Tunggu labelnya, lalu tempel di paket.</translation>
    </message>
    <message>
        <source>wait for the label and stick it on the parcel</source>
        <translation>tunggu label dan tempel di paket</translation>
    </message>
    <message>
        <source>Confirm printed</source>
        <translation>Konfirmasi tercetak</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba lagi</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source>unknown: the station stopped while this label was being sent. Check whether it came out: confirm printed or reprint.</source>
        <translation>tidak pasti: stasiun berhenti saat label ini sedang dikirim. Periksa apakah label keluar: konfirmasi tercetak atau cetak ulang.</translation>
    </message>
    <message>
        <source>Say why the label is reprinted.</source>
        <translation>Sebutkan kenapa label dicetak ulang.</translation>
    </message>
    <message>
        <source>Parcel {parcel}&apos;s label has not printed yet; it prints when the printer is ready.</source>
        <translation>Label paket {parcel} belum tercetak; akan dicetak saat printer siap.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to reprint.</source>
        <translation>Paket {parcel} pesanan {order} tidak punya label untuk dicetak ulang.</translation>
    </message>
    <message>
        <source>replaced by reprint {job}</source>
        <translation>diganti dengan cetak ulang {job}</translation>
    </message>
    <message>
        <source>Only a label whose printing is uncertain can be confirmed.</source>
        <translation>Hanya label yang pencetakannya tidak pasti yang bisa dikonfirmasi.</translation>
    </message>
    <message>
        <source>Voiding a label</source>
        <translation>Membatalkan label</translation>
    </message>
    <message>
        <source>Say why the label is voided.</source>
        <translation>Sebutkan kenapa label dibatalkan.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to void.</source>
        <translation>Paket {parcel} pesanan {order} tidak punya label untuk dibatalkan.</translation>
    </message>
    <message>
        <source>voided by {user}: {reason}</source>
        <translation>dibatalkan oleh {user}: {reason}</translation>
    </message>
    <message>
        <source>Order {order} is not on this station.</source>
        <translation>Pesanan {order} tidak ada di stasiun ini.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its label prints once it is packed.</source>
        <translation>Pesanan {order} berstatus {status}; labelnya dicetak setelah dikemas.</translation>
    </message>
    <message>
        <source>Order {order} has no weighed parcel to label.</source>
        <translation>Pesanan {order} tidak punya paket yang sudah ditimbang untuk diberi label.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>menunggu dikirim</translation>
    </message>
    <message>
        <source>No print job {job}.</source>
        <translation>Tidak ada tugas cetak {job}.</translation>
    </message>
    <message>
        <source>not printed: the order was cancelled</source>
        <translation>tidak dicetak: pesanan dibatalkan</translation>
    </message>
    <message>
        <source>being sent to the printer</source>
        <translation>sedang dikirim ke printer</translation>
    </message>
    <message>
        <source>unknown: sending failed ({error}). Check whether it came out: confirm printed or reprint.</source>
        <translation>tidak pasti: pengiriman gagal ({error}). Periksa apakah label keluar: konfirmasi tercetak atau cetak ulang.</translation>
    </message>
    <message>
        <source>not printed: {error}</source>
        <translation>tidak dicetak: {error}</translation>
    </message>
    <message>
        <source>order {order} parcel {parcel}</source>
        <translation>pesanan {order} paket {parcel}</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>pesanan {order}</translation>
    </message>
    <message>
        <source>Tracking number {number} is already used by {where}; the label was not printed.</source>
        <translation>Nomor resi {number} sudah dipakai oleh {where}; label tidak dicetak.</translation>
    </message>
    <message>
        <source>Order has no tracking number and no number range is configured for carrier {carrier}: add one under [label.tracking_ranges].</source>
        <translation>Pesanan tidak punya nomor resi dan tidak ada rentang nomor untuk kurir {carrier}: tambahkan di [label.tracking_ranges].</translation>
    </message>
    <message>
        <source>Label printed ({numbers}).</source>
        <translation>Label dicetak ({numbers}).</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>Label dicetak.</translation>
    </message>
    <message>
        <source>a label printer (ZPL)</source>
        <translation>printer label (ZPL)</translation>
    </message>
    <message>
        <source>a desktop printer (PDF)</source>
        <translation>printer biasa (PDF)</translation>
    </message>
    <message>
        <source>not printed: this label was made for {stored} but the station now prints on {wanted}; a supervisor voids it and it is printed again</source>
        <translation>tidak dicetak: label ini dibuat untuk {stored} tetapi stasiun sekarang mencetak di {wanted}; supervisor membatalkannya lalu label dicetak ulang</translation>
    </message>
    <message>
        <source>Parcel {number}: printed ✔{tracking}</source>
        <translation>Paket {number}: tercetak ✔{tracking}</translation>
    </message>
    <message>
        <source>waiting for the printer</source>
        <translation>menunggu printer</translation>
    </message>
    <message>
        <source>Parcel {number}: waiting — {reason}</source>
        <translation>Paket {number}: menunggu — {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: did it print? {reason}</source>
        <translation>Paket {number}: sudah tercetak? {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: no label yet</source>
        <translation>Paket {number}: belum ada label</translation>
    </message>
    <message>
        <source>Parcel {number}: {state}</source>
        <translation>Paket {number}: {state}</translation>
    </message>
    <message>
        <source>the platform label is not a readable PDF ({error})</source>
        <translation>label platform bukan PDF yang bisa dibaca ({error})</translation>
    </message>
    <message>
        <source>the platform label has {pages} page(s), no page {page}</source>
        <translation>label platform punya {pages} halaman, tidak ada halaman {page}</translation>
    </message>
    <message>
        <source>the platform label is neither a PDF nor an image ({error})</source>
        <translation>label platform bukan PDF maupun gambar ({error})</translation>
    </message>
    <message>
        <source>the platform label is empty</source>
        <translation>label platform kosong</translation>
    </message>
    <message>
        <source>the platform label page is blank</source>
        <translation>halaman label platform kosong</translation>
    </message>
</context>
<context>
    <name>LabelPrompts</name>
    <message>
        <source>Why reprint the label?</source>
        <translation>Kenapa cetak ulang label?</translation>
    </message>
    <message>
        <source>Void the label: a supervisor&apos;s PIN or badge</source>
        <translation>Batalkan label: PIN atau kartu supervisor</translation>
    </message>
    <message>
        <source>Why void the label?</source>
        <translation>Kenapa label dibatalkan?</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Cetak ulang label</translation>
    </message>
    <message>
        <source>Void label (supervisor)</source>
        <translation>Batalkan label (supervisor)</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Tutup kotak tanya</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <source>Picked</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Rak</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>user id (optional)</source>
        <translation>ID pengguna (opsional)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Pindai kartu Anda</translation>
    </message>
    <message>
        <source>or type your PIN and press Enter</source>
        <translation>atau ketik PIN lalu tekan Enter</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>pindai kartu, atau ketik PIN lalu tekan Enter</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Tracking</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Manifest {id} · content SHA-256 {sha} · page {page}/{pages}</source>
        <translation>Manifes {id} · SHA-256 isi {sha} · halaman {page}/{pages}</translation>
    </message>
    <message>
        <source>Drop-off manifest: {carrier}</source>
        <translation>Manifes antar sendiri: {carrier}</translation>
    </message>
    <message>
        <source>Carrier pickup manifest: {carrier}</source>
        <translation>Manifes penjemputan kurir: {carrier}</translation>
    </message>
    <message>
        <source>{parcels} parcels of {orders} orders</source>
        <translation>{parcels} paket dari {orders} pesanan</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifes</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurir (petugas)</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Pelat nomor</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja kemas</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Waktu (lokal)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Waktu (UTC)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Berat total</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 isi</translation>
    </message>
    <message>
        <source>Left behind (confirmed): {codes}</source>
        <translation>Tertinggal (dikonfirmasi): {codes}</translation>
    </message>
    <message>
        <source>Partial orders (supervisor): {orders}</source>
        <translation>Pesanan sebagian (supervisor): {orders}</translation>
    </message>
    <message>
        <source>Courier&apos;s scan: {code}</source>
        <translation>Pindaian kurir: {code}</translation>
    </message>
    <message>
        <source>courier signature</source>
        <translation>tanda tangan kurir</translation>
    </message>
    <message>
        <source>Handover photos and acknowledgement</source>
        <translation>Foto serah terima dan tanda terima</translation>
    </message>
    <message>
        <source>Total: {parcels} parcels, {orders} orders, {weight}</source>
        <translation>Total: {parcels} paket, {orders} pesanan, {weight}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 hari terakhir</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari terakhir</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Kustom</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Barang salah</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Not ours</source>
        <translation>Bukan milik kita</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>ambil</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>kemas</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>ditahan</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>terima berat</translation>
    </message>
    <message>
        <source>waivers</source>
        <translation>bebas foto</translation>
    </message>
    <message>
        <source>undos</source>
        <translation>batal pindai</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By packer</source>
        <translation>Per pengemas</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>Per meja kemas</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Returns per SKU and reason</source>
        <translation>Retur per SKU dan alasan</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Returns per SKU and reason: no returns in the period</source>
        <translation>Retur per SKU dan alasan: tidak ada retur dalam periode ini</translation>
    </message>
    <message>
        <source>The metrics could not be computed (the log has the details).</source>
        <translation>Statistik tidak bisa dihitung (detail ada di log).</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Active h</source>
        <translation>Jam aktif</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>Pesanan/jam</translation>
    </message>
    <message>
        <source>{step} (s)</source>
        <translation>{step} (detik)</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Pindaian</translation>
    </message>
    <message>
        <source>Wrong %</source>
        <translation>Salah %</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>Pesanan per jam</translation>
    </message>
    <message>
        <source>orders/h</source>
        <translation>pesanan/jam</translation>
    </message>
    <message>
        <source>Mean time per step (s)</source>
        <translation>Rata-rata waktu per langkah (detik)</translation>
    </message>
    <message>
        <source>Wrong-scan rate (%)</source>
        <translation>Tingkat salah pindai (%)</translation>
    </message>
    <message>
        <source>wrong %</source>
        <translation>salah %</translation>
    </message>
    <message>
        <source>Viewing packer metrics</source>
        <translation>Melihat kinerja pengemas</translation>
    </message>
    <message>
        <source>Viewing return metrics</source>
        <translation>Melihat statistik retur</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message numerus="yes">
        <source>Returns per SKU and reason: %n unit(s) checked at returns in the period</source>
        <translation>
            <numerusform>Retur per SKU dan alasan: %n unit diperiksa di retur dalam periode ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done in the period</source>
        <translation>
            <numerusform>%n pesanan selesai dalam periode ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Next</name>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>isi ID pengguna, nama dan PIN, lalu Buat admin</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>pindai kartu, atau ketik PIN lalu tekan Enter</translation>
    </message>
    <message>
        <source>scan an order or pick-list barcode, or press {key} for the most urgent order (badge: switch packer; Ctrl+S: settings; Ctrl+R: review)</source>
        <translation>pindai barcode pesanan atau daftar ambil, atau tekan {key} untuk pesanan paling mendesak (kartu: ganti pengemas; Ctrl+S: pengaturan; Ctrl+R: tinjau)</translation>
    </message>
    <message>
        <source>check the order, then scan the first item (or {key} to start picking)</source>
        <translation>periksa pesanan, lalu pindai barang pertama (atau {key} untuk mulai ambil)</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>semua barang terverifikasi</translation>
    </message>
    <message>
        <source>scan {items}</source>
        <translation>pindai {items}</translation>
    </message>
    <message>
        <source>all parcels weighed: press {key} to finish packing</source>
        <translation>semua paket sudah ditimbang: tekan {key} untuk selesai mengemas</translation>
    </message>
    <message>
        <source>choose a box (scan its code)</source>
        <translation>pilih kotak (pindai kodenya)</translation>
    </message>
    <message>
        <source>put parcel {number} on the scale, then press {key} to weigh it</source>
        <translation>taruh paket {number} di timbangan, lalu tekan {key} untuk menimbang</translation>
    </message>
    <message>
        <source>press {key} (or the foot pedal) to take the photo</source>
        <translation>tekan {key} (atau pedal kaki) untuk mengambil foto</translation>
    </message>
    <message>
        <source>put the parcel in the staging area for its carrier; {key} for the next order</source>
        <translation>taruh paket di area tunggu kurirnya; {key} untuk pesanan berikutnya</translation>
    </message>
    <message>
        <source>unpack the order and return the items; {key} goes back to the queue</source>
        <translation>bongkar pesanan dan kembalikan barangnya; {key} kembali ke antrean</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts this weight, {release} weighs again</source>
        <translation>panggil supervisor: PIN atau kartu dan catatan; {accept} terima berat ini, {release} timbang ulang</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts it short, {release} picks again</source>
        <translation>panggil supervisor: PIN atau kartu dan catatan; {accept} terima kurang, {release} ambil ulang</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note, then {release} to release</source>
        <translation>panggil supervisor: PIN atau kartu dan catatan, lalu {release} untuk melepaskan</translation>
    </message>
    <message>
        <source>check the printer: {ok} if the label came out, {reprint} to reprint</source>
        <translation>periksa printer: {ok} jika label keluar, {reprint} untuk cetak ulang</translation>
    </message>
    <message>
        <source>fix the printer, then press {ok} to retry</source>
        <translation>perbaiki printer, lalu tekan {ok} untuk coba lagi</translation>
    </message>
    <message>
        <source>press {ok} to print the label</source>
        <translation>tekan {ok} untuk mencetak label</translation>
    </message>
    <message>
        <source>stick the label on the parcel</source>
        <translation>tempel label di paket</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ terverifikasi</translation>
    </message>
    <message>
        <source>label visible</source>
        <translation>label terlihat</translation>
    </message>
    <message>
        <source>accepted without label</source>
        <translation>diterima tanpa label</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>tanpa label</translation>
    </message>
    <message>
        <source>{kind} (parcel {parcel})</source>
        <translation>{kind} (paket {parcel})</translation>
    </message>
</context>
<context>
    <name>OrderPageView</name>
    <message>
        <source>← Search</source>
        <translation>← Cari</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>Tandai sengketa…</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>Hapus tanda</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>Ekspor paket bukti…</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag to pan, 0 to fit, F11 or double-click for full screen.</source>
        <translation>Roda atau +/− untuk zoom, seret untuk geser, 0 untuk pas, F11 atau klik ganda untuk layar penuh.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Pindaian</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Loading order {order}…</source>
        <translation>Memuat pesanan {order}…</translation>
    </message>
    <message>
        <source>Order {order} could not be opened (the log has the details).</source>
        <translation>Pesanan {order} tidak bisa dibuka (detail ada di log).</translation>
    </message>
    <message>
        <source>packer {user}</source>
        <translation>pengemas {user}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · station {station}</source>
        <translation>&lt;b&gt;Pesanan {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · meja {station}</translation>
    </message>
    <message>
        <source>Disputed: {note}</source>
        <translation>Disengketakan: {note}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kejadian</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Di mana</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja kemas</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>undone: {reason}</source>
        <translation>dibatalkan: {reason}</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Terukur</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Terima berat</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>No proof photos for this order.</source>
        <translation>Pesanan ini tidak punya foto bukti.</translation>
    </message>
    <message>
        <source>Label preview (parcel {parcel} of {count})</source>
        <translation>Pratinjau label (paket {parcel} dari {count})</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Pratinjau label</translation>
    </message>
    <message>
        <source>No label preview: {reason}</source>
        <translation>Tidak ada pratinjau label: {reason}</translation>
    </message>
    <message>
        <source>Verified: file and record match the hash chain.</source>
        <translation>Terverifikasi: file dan catatan cocok dengan rantai hash.</translation>
    </message>
    <message>
        <source>NOT VERIFIED ({problem}): {details}</source>
        <translation>TIDAK TERVERIFIKASI ({problem}): {details}</translation>
    </message>
    <message>
        <source>(file cannot be shown)</source>
        <translation>(file tidak bisa ditampilkan)</translation>
    </message>
</context>
<context>
    <name>OrderResultsModel</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Kirim sebelum</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja kemas</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pengemas</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Flagged: {note}</source>
        <translation>Ditandai: {note}</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>confirmed</source>
        <translation>konfirmasi</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>ambil</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>timbang</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>beri label</translation>
    </message>
    <message>
        <source>photographed</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>taruh menunggu kurir</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>serah terima</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tahan</translation>
    </message>
    <message>
        <source>released</source>
        <translation>lepas tahanan</translation>
    </message>
    <message>
        <source>accepted a weight</source>
        <translation>terima berat</translation>
    </message>
    <message>
        <source>waived photos</source>
        <translation>bebaskan foto</translation>
    </message>
    <message>
        <source>voided a label</source>
        <translation>batalkan label</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Why put it on hold?</source>
        <translation>Kenapa ditahan?</translation>
    </message>
    <message>
        <source>Suggested box</source>
        <translation>Kotak yang disarankan</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Timbangan</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>no box fits: choose one</source>
        <translation>tidak ada kotak yang muat: pilih satu</translation>
    </message>
    <message>
        <source>Order {order} · parcel {number} of {count}</source>
        <translation>Pesanan {order} · paket {number} dari {count}</translation>
    </message>
    <message>
        <source>#{number} {box}: {weight} (expected {expected})</source>
        <translation>#{number} {box}: {weight} (seharusnya {expected})</translation>
    </message>
    <message>
        <source>none weighed yet</source>
        <translation>belum ada yang ditimbang</translation>
    </message>
    <message>
        <source>every parcel weighed</source>
        <translation>semua paket sudah ditimbang</translation>
    </message>
    <message>
        <source>choose a box</source>
        <translation>pilih kotak</translation>
    </message>
    <message>
        <source> (items + {box} {tare})</source>
        <translation> (barang + {box} {tare})</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>Weigh / finish</source>
        <translation>Timbang / selesai</translation>
    </message>
    <message>
        <source>Another parcel</source>
        <translation>Paket lain</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Tutup kotak tanya</translation>
    </message>
    <message>
        <source>longest side</source>
        <translation>sisi terpanjang</translation>
    </message>
    <message>
        <source>middle side</source>
        <translation>sisi tengah</translation>
    </message>
    <message>
        <source>shortest side</source>
        <translation>sisi terpendek</translation>
    </message>
    <message>
        <source>Item {sku}</source>
        <translation>Barang {sku}</translation>
    </message>
    <message>
        <source>An item</source>
        <translation>Sebuah barang</translation>
    </message>
    <message>
        <source>{name} ({item} mm) does not fit box {box} ({inside} mm inside): its {side} {length} mm is more than {room} mm. Choose a bigger box, or a supervisor accepts this box.</source>
        <translation>{name} ({item} mm) tidak muat di kotak {box} (dalam {inside} mm): {side} {length} mm lebih dari {room} mm. Pilih kotak lebih besar, atau supervisor menerima kotak ini.</translation>
    </message>
    <message>
        <source>Weight OK: {measured} g (expected {expected} g)</source>
        <translation>Berat sesuai: {measured} g (seharusnya {expected} g)</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g heavier than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>Berat tidak sesuai: {measured} g lebih berat {difference} g dari seharusnya {expected} g (batas ±{allowed} g). Periksa isi paket.</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g lighter than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>Berat tidak sesuai: {measured} g lebih ringan {difference} g dari seharusnya {expected} g (batas ±{allowed} g). Periksa isi paket.</translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message>
        <source>Order {order} is being packed at station {station}.</source>
        <translation>Pesanan {order} sedang dikemas di stasiun {station}.</translation>
    </message>
    <message>
        <source>No order is free to pack: {count} are being packed at other stations.</source>
        <translation>Tidak ada pesanan yang bebas dikemas: {count} sedang dikemas di stasiun lain.</translation>
    </message>
    <message>
        <source>No order is ready to pack: {count} wait for stock ({order}: {stock}).</source>
        <translation>Tidak ada pesanan siap dikemas: {count} menunggu stok ({order}: {stock}).</translation>
    </message>
    <message>
        <source>No order is ready to pack.</source>
        <translation>Tidak ada pesanan siap dikemas.</translation>
    </message>
    <message>
        <source>{count} order(s) claimed ahead can be packed</source>
        <translation>{count} pesanan yang diklaim lebih dulu bisa dikemas</translation>
    </message>
    <message>
        <source>no order was claimed ahead</source>
        <translation>tidak ada pesanan yang diklaim lebih dulu</translation>
    </message>
    <message>
        <source>central store unreachable: {ahead}</source>
        <translation>penyimpanan pusat tidak terjangkau: {ahead}</translation>
    </message>
    <message>
        <source>Central store unreachable: {ahead}</source>
        <translation>Penyimpanan pusat tidak terjangkau: {ahead}</translation>
    </message>
    <message>
        <source>{central}; wait for the network or ask a supervisor.</source>
        <translation>{central}; tunggu jaringan atau tanya supervisor.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; scanning items is done.</source>
        <translation>Pesanan {order} berstatus {status}; pemindaian barang sudah selesai.</translation>
    </message>
    <message>
        <source>Say why the scan is undone.</source>
        <translation>Sebutkan kenapa pindaian dibatalkan.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its scans are closed.</source>
        <translation>Pesanan {order} berstatus {status}; pindaiannya sudah ditutup.</translation>
    </message>
    <message>
        <source>There is no scan to undo.</source>
        <translation>Tidak ada pindaian untuk dibatalkan.</translation>
    </message>
    <message>
        <source>Short pick: {short}. {reason}</source>
        <translation>Barang kurang: {short}. {reason}</translation>
    </message>
    <message>
        <source>Short pick: {short}.</source>
        <translation>Barang kurang: {short}.</translation>
    </message>
    <message>
        <source>Releasing an order on hold</source>
        <translation>Melepas pesanan yang ditahan</translation>
    </message>
    <message>
        <source>Cancelling an order</source>
        <translation>Membatalkan pesanan</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>Kotak {code} tidak dikenal.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; weigh it after picking.</source>
        <translation>Pesanan {order} berstatus {status}; timbang setelah selesai diambil.</translation>
    </message>
    <message>
        <source>Accepting a weight mismatch</source>
        <translation>Menerima berat yang tidak cocok</translation>
    </message>
    <message>
        <source>Say why the weight is accepted.</source>
        <translation>Sebutkan kenapa berat ini diterima.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has not been weighed.</source>
        <translation>Paket {parcel} pesanan {order} belum ditimbang.</translation>
    </message>
    <message>
        <source>Weigh every parcel before packing is done.</source>
        <translation>Timbang semua paket sebelum pengemasan selesai.</translation>
    </message>
    <message>
        <source>Parcel {parcel}: {check} Reweigh it, or a supervisor must accept the weight.</source>
        <translation>Paket {parcel}: {check} Timbang ulang, atau supervisor harus menerima beratnya.</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>sudah dibatalkan</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tanpa alasan</translation>
    </message>
    <message>
        <source>it is on hold ({reason})</source>
        <translation>sedang ditahan ({reason})</translation>
    </message>
    <message>
        <source>it is already {status}</source>
        <translation>sudah berstatus {status}</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>tidak ada barangnya</translation>
    </message>
    <message>
        <source>not in the catalog: {skus}</source>
        <translation>tidak ada di katalog: {skus}</translation>
    </message>
    <message>
        <source>the address is incomplete</source>
        <translation>alamatnya tidak lengkap</translation>
    </message>
    <message>
        <source>Order {order} cannot be packed: {problems}.</source>
        <translation>Pesanan {order} tidak bisa dikemas: {problems}.</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not label or hand it over: unpack it and return the items to stock.</source>
        <translation>STOP: pesanan {order} dibatalkan. Jangan diberi label atau diserahkan: bongkar dan kembalikan barang ke stok.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Tidak ada pesanan {order}.</translation>
    </message>
    <message>
        <source>No order or tracking number {ref}.</source>
        <translation>Tidak ada pesanan atau nomor resi {ref}.</translation>
    </message>
    <message>
        <source>Order {order} was marked out of stock by a supervisor; it waits to be cancelled.</source>
        <translation>Pesanan {order} ditandai stok habis oleh supervisor; menunggu dibatalkan.</translation>
    </message>
    <message>
        <source>Central store unreachable: the units of order {order} could not be reserved; try again.</source>
        <translation>Penyimpanan pusat tidak terjangkau: unit pesanan {order} tidak bisa dipesan; coba lagi.</translation>
    </message>
    <message>
        <source>Order {order} is {stock}.</source>
        <translation>Pesanan {order}: {stock}.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>Pindaian tidak dipakai di langkah ini: {code}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Not a supervisor&apos;s PIN or badge: ask a supervisor to scan their badge or type their PIN.</source>
        <translation>Bukan PIN atau badge supervisor: minta supervisor memindai badge atau mengetik PIN-nya.</translation>
    </message>
    <message>
        <source>The shortest badge ([badges] min_length) must be at least 1 character.</source>
        <translation>Badge terpendek ([badges] min_length) minimal 1 karakter.</translation>
    </message>
    <message>
        <source>Type your name, a short user id (like ada) and a PIN of 4 to 12 digits, then Create admin.</source>
        <translation>Ketik nama, id pengguna singkat (seperti ada) dan PIN 4 sampai 12 digit, lalu Buat admin.</translation>
    </message>
    <message>
        <source>Type a short user id to log in with (like ada), without spaces.</source>
        <translation>Ketik id pengguna singkat untuk masuk (seperti ada), tanpa spasi.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits for the admin.</source>
        <translation>Pilih PIN 4 sampai 12 digit untuk admin.</translation>
    </message>
    <message>
        <source>Changing a PIN</source>
        <translation>Mengganti PIN</translation>
    </message>
    <message>
        <source>That PIN is already used by someone at this station; choose another.</source>
        <translation>PIN itu sudah dipakai orang lain di stasiun ini; pilih yang lain.</translation>
    </message>
    <message>
        <source>Changing a badge</source>
        <translation>Mengganti badge</translation>
    </message>
    <message>
        <source>That badge already belongs to someone else.</source>
        <translation>Badge itu sudah milik orang lain.</translation>
    </message>
    <message>
        <source>Changing a role</source>
        <translation>Mengganti peran</translation>
    </message>
    <message>
        <source>This is the last admin; make someone else admin first.</source>
        <translation>Ini admin terakhir; jadikan orang lain admin dulu.</translation>
    </message>
    <message>
        <source>Deactivating a user</source>
        <translation>Menonaktifkan pengguna</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as it should appear on screen and on the badge.</source>
        <translation>Ketik nama orangnya seperti yang tampil di layar dan di badge.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>Nama maksimal 200 karakter.</translation>
    </message>
    <message>
        <source>Changing a name</source>
        <translation>Mengganti nama</translation>
    </message>
    <message>
        <source>Type your PIN (or scan your badge), then press Enter.</source>
        <translation>Ketik PIN (atau pindai badge), lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation>Pengguna atau PIN salah.</translation>
    </message>
    <message>
        <source>Unknown PIN.</source>
        <translation>PIN tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown badge.</source>
        <translation>Badge tidak dikenal.</translation>
    </message>
    <message>
        <source>There is already a user &apos;{user}&apos;.</source>
        <translation>Sudah ada pengguna &apos;{user}&apos;.</translation>
    </message>
    <message>
        <source>Give the user a PIN or a badge, or they cannot log in.</source>
        <translation>Beri pengguna PIN atau badge, kalau tidak mereka tidak bisa masuk.</translation>
    </message>
    <message>
        <source>That PIN or badge was just taken by someone else; choose another.</source>
        <translation>PIN atau badge itu baru saja dipakai orang lain; pilih yang lain.</translation>
    </message>
    <message>
        <source>No user &apos;{user}&apos;.</source>
        <translation>Tidak ada pengguna &apos;{user}&apos;.</translation>
    </message>
    <message>
        <source>{action}: you cannot do this to yourself; ask another supervisor or admin.</source>
        <translation>{action}: tidak bisa dilakukan untuk diri sendiri; minta supervisor atau admin lain.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use {roles}.</source>
        <translation>Peran {role} tidak dikenal; gunakan {roles}.</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>pengemas</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>{action} needs a {role}; {who} is a {current}.</source>
        <translation>{action} perlu {role}; {who} adalah {current}.</translation>
    </message>
    <message>
        <source>Scan the new badge for {name} now (Esc cancels).</source>
        <translation>Pindai badge baru untuk {name} sekarang (Esc membatalkan).</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>Pilih orang yang diubah, atau isi formulir untuk menambah orang.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Full name, as on the badge</source>
        <translation>Nama lengkap, seperti di kartu</translation>
    </message>
    <message>
        <source>Short id to log in with, like pat</source>
        <translation>Id singkat untuk masuk, misalnya pat</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 sampai 12 angka</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Id pengguna</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Simpan nama</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Atur peran</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Atur PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Reset PIN</translation>
    </message>
    <message>
        <source>Enroll badge</source>
        <translation>Daftarkan kartu</translation>
    </message>
    <message>
        <source>Remove badge</source>
        <translation>Hapus kartu</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Orang baru</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>Cetak kartu</translation>
    </message>
    <message>
        <source>First-run guide</source>
        <translation>Panduan awal</translation>
    </message>
    <message>
        <source>That change was not saved; try again.</source>
        <translation>Perubahan itu tidak tersimpan; coba lagi.</translation>
    </message>
    <message>
        <source>as {0}</source>
        <translation>sebagai {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>no</source>
        <translation>tidak</translation>
    </message>
    <message>
        <source>Press New person first, then fill in the form.</source>
        <translation>Tekan Orang baru dulu, lalu isi formulirnya.</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>Pilih orang yang diubah, atau isi formulir untuk menambah orang.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Order {order} · proof photos · tracking {tracking}</source>
        <translation>Pesanan {order} · foto bukti · resi {tracking}</translation>
    </message>
    <message>
        <source>Photo {number} of {count}: {name}</source>
        <translation>Foto {number} dari {count}: {name}</translation>
    </message>
    <message>
        <source>Put the sealed, labelled parcel under the camera</source>
        <translation>Taruh paket yang sudah ditutup dan berlabel di bawah kamera</translation>
    </message>
    <message>
        <source>one photo</source>
        <translation>satu foto</translation>
    </message>
    <message>
        <source>Label not readable: turn it to the camera and take the photo again. </source>
        <translation>Label tidak terbaca: hadapkan ke kamera dan foto lagi. </translation>
    </message>
    <message>
        <source>Still needed: {photos}. Order, tracking, station, packer and time are burned in.</source>
        <translation>Masih perlu: {photos}. Pesanan, resi, meja, pengemas dan waktu tercetak di foto.</translation>
    </message>
    <message>
        <source> A supervisor may scan their badge to let the order go without the photos.</source>
        <translation> Supervisor dapat memindai kartunya agar pesanan lanjut tanpa foto.</translation>
    </message>
    <message>
        <source>taking the photo …</source>
        <translation>mengambil foto …</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>All photos stored.</source>
        <translation>Semua foto tersimpan.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. Next: the &apos;{next}&apos; photo — press {key}.</source>
        <translation>Foto &apos;{kind}&apos; tersimpan. Berikutnya: foto &apos;{next}&apos; — tekan {key}.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. All photos done.</source>
        <translation>Foto &apos;{kind}&apos; tersimpan. Semua foto selesai.</translation>
    </message>
</context>
<context>
    <name>PhotoKind</name>
    <message>
        <source>contents</source>
        <translation>isi paket</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>paket tersegel</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>paket</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>kurir</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>tanda terima</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>Pick</name>
    <message>
        <source>⚠ FRAGILE</source>
        <translation>⚠ MUDAH PECAH</translation>
    </message>
    <message>
        <source>Why undo the last scan?</source>
        <translation>Kenapa batalkan pindaian terakhir?</translation>
    </message>
    <message>
        <source>Short pick: why are items missing?</source>
        <translation>Barang kurang: kenapa ada yang kurang?</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pesanan {order}</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Batalkan pindaian terakhir</translation>
    </message>
    <message>
        <source>Short pick / hold</source>
        <translation>Barang kurang / tahan</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Tutup kotak tanya</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printer out of paper: load labels and press Retry</source>
        <translation>Printer kehabisan kertas: isi label lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer out of ribbon: load a ribbon and press Retry</source>
        <translation>Printer kehabisan pita: pasang pita lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer head is open: close it and press Retry</source>
        <translation>Kepala printer terbuka: tutup lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer is paused: press its Pause button, then Retry</source>
        <translation>Printer dijeda: tekan tombol Pause-nya, lalu Coba lagi</translation>
    </message>
    <message>
        <source>Printer buffer is full: wait until it has printed, then press Retry</source>
        <translation>Buffer printer penuh: tunggu sampai selesai mencetak, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer head is too cold: wait a minute, then press Retry</source>
        <translation>Kepala printer terlalu dingin: tunggu sebentar, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer head is too hot: let it cool down, then press Retry</source>
        <translation>Kepala printer terlalu panas: biarkan dingin, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer memory is corrupt: switch the printer off and on, then press Retry</source>
        <translation>Memori printer rusak: matikan lalu nyalakan printer, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer cutter jammed: clear it and press Retry</source>
        <translation>Pemotong printer macet: bersihkan lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer head fault: call a supervisor</source>
        <translation>Kepala printer rusak: panggil supervisor</translation>
    </message>
    <message>
        <source>Printer does not answer: check it is on and connected, then press Retry</source>
        <translation>Printer tidak menjawab: pastikan menyala dan terhubung, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer closed the connection without answering: check it is on and ready, then press Retry</source>
        <translation>Printer menutup koneksi tanpa menjawab: pastikan menyala dan siap, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer not reachable: check it is on and connected, then press Retry</source>
        <translation>Printer tidak dapat dijangkau: pastikan menyala dan terhubung, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer queue is stopped: check the printer, start its queue again, then press Retry</source>
        <translation>Antrean printer berhenti: periksa printer, jalankan lagi antreannya, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>{detail}; check it is on and connected, then press Retry</source>
        <translation>{detail}; pastikan menyala dan terhubung, lalu tekan Coba lagi</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Printer siap</translation>
    </message>
    <message>
        <source>media needs calibrating</source>
        <translation>media perlu dikalibrasi</translation>
    </message>
    <message>
        <source>clean the print head</source>
        <translation>bersihkan kepala printer</translation>
    </message>
    <message>
        <source>replace the print head</source>
        <translation>ganti kepala printer</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>kertas hampir habis</translation>
    </message>
    <message>
        <source>The line to the printer broke while sending ({problem}). Check whether the label came out: Confirm printed, or Reprint.</source>
        <translation>Sambungan ke printer putus saat mengirim ({problem}). Periksa apakah label keluar: Konfirmasi tercetak, atau Cetak ulang label.</translation>
    </message>
    <message>
        <source>Label sent, then: {status}. Check whether it came out: Confirm printed, or Reprint.</source>
        <translation>Label terkirim, lalu: {status}. Periksa apakah label keluar: Konfirmasi tercetak, atau Cetak ulang label.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <source>test label sent; printer: {status}</source>
        <translation>label uji terkirim; printer: {status}</translation>
    </message>
    <message>
        <source>test label not confirmed: {reason}</source>
        <translation>label uji tidak terkonfirmasi: {reason}</translation>
    </message>
    <message>
        <source>test label sent</source>
        <translation>label uji terkirim</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Menyiapkan…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Exporting {done} of {total}: {what}</source>
        <translation>Mengekspor {done} dari {total}: {what}</translation>
    </message>
    <message>
        <source>Export cancelled; the files written so far are incomplete.</source>
        <translation>Ekspor dibatalkan; file yang sudah ditulis tidak lengkap.</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>terjadi kesalahan (detail ada di log)</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Mengekspor bukti</translation>
    </message>
    <message>
        <source>Preparing the evidence pack…</source>
        <translation>Menyiapkan paket bukti…</translation>
    </message>
    <message>
        <source>No orders to export.</source>
        <translation>Tidak ada pesanan untuk diekspor.</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Sheet Seller Center</translation>
    </message>
    <message>
        <source>Collecting the handed-over orders…</source>
        <translation>Mengumpulkan pesanan yang sudah diserahkan…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>pesanan</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurir</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Kirim sebelum</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Packable in</source>
        <translation>Bisa dikemas dalam</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>segera jatuh tempo</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>{h} h {m} m</source>
        <translation>{h} j {m} m</translation>
    </message>
    <message>
        <source>{m} m {s} s</source>
        <translation>{m} m {s} d</translation>
    </message>
    <message>
        <source>overdue {time}</source>
        <translation>terlambat {time}</translation>
    </message>
    <message>
        <source>when the marketplace releases it</source>
        <translation>saat marketplace melepasnya</translation>
    </message>
    <message>
        <source>hold ended: released at the next marketplace pull</source>
        <translation>penahanan selesai: dilepas pada penarikan marketplace berikutnya</translation>
    </message>
    <message>
        <source> (the {count} most urgent shown)</source>
        <translation> (ditampilkan {count} yang paling mendesak)</translation>
    </message>
    <message>
        <source>; {count} waiting for stock, listed last</source>
        <translation>; {count} menunggu stok, di urutan akhir</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Pesanan berikutnya</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n order(s) ready to pack</source>
        <translation>
            <numerusform>%n pesanan siap dikemas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold at the marketplace (not packable yet)</source>
        <translation>
            <numerusform>%n ditahan di marketplace (belum bisa dikemas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Damaged item</source>
        <translation>Barang rusak</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Masalah alamat</translation>
    </message>
    <message>
        <source>Customer asked</source>
        <translation>Permintaan pembeli</translation>
    </message>
    <message>
        <source>Box not available</source>
        <translation>Kotak tidak tersedia</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Masalah lain</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>Terpindai dua kali</translation>
    </message>
    <message>
        <source>Wrong item put back</source>
        <translation>Barang salah dikembalikan</translation>
    </message>
    <message>
        <source>Scanned by mistake</source>
        <translation>Salah pindai</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stok habis</translation>
    </message>
    <message>
        <source>Not found at location</source>
        <translation>Tidak ada di lokasi</translation>
    </message>
    <message>
        <source>Damaged, no replacement</source>
        <translation>Rusak, tidak ada pengganti</translation>
    </message>
    <message>
        <source>Label damaged</source>
        <translation>Label rusak</translation>
    </message>
    <message>
        <source>Label did not come out</source>
        <translation>Label tidak keluar</translation>
    </message>
    <message>
        <source>Printed faint or smudged</source>
        <translation>Cetakan pudar atau luntur</translation>
    </message>
    <message>
        <source>Stuck on the wrong parcel</source>
        <translation>Tertempel di paket yang salah</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Alamat salah</translation>
    </message>
    <message>
        <source>Wrong carrier</source>
        <translation>Kurir salah</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pesanan dibatalkan</translation>
    </message>
    <message>
        <source>Duplicate label</source>
        <translation>Label ganda</translation>
    </message>
</context>
<context>
    <name>ReasonPrompt</name>
    <message>
        <source>type a number or the reason, then Enter</source>
        <translation>ketik nomor atau alasannya, lalu Enter</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Return of order {order} resumed where it was.</source>
        <translation>Retur pesanan {order} dilanjutkan dari posisi terakhir.</translation>
    </message>
    <message>
        <source>No stable weight from the scale: put the parcel on it and weigh again.</source>
        <translation>Berat timbangan belum stabil: taruh paket di atasnya dan timbang lagi.</translation>
    </message>
    <message>
        <source>No camera on this station: returns are photographed on camera.</source>
        <translation>Tidak ada kamera di stasiun ini: retur harus difoto dengan kamera.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored and hashed.</source>
        <translation>Foto &apos;{kind}&apos; tersimpan.</translation>
    </message>
    <message>
        <source>Next unit DAMAGED: photograph the damage, then scan the unit.</source>
        <translation>Unit berikutnya RUSAK: foto kerusakannya, lalu pindai unitnya.</translation>
    </message>
    <message>
        <source>Damaged cancelled.</source>
        <translation>Tanda rusak dibatalkan.</translation>
    </message>
    <message>
        <source>Return received: {outcome}. Decision due {due}.</source>
        <translation>Retur diterima: {outcome}. Batas keputusan {due}.</translation>
    </message>
    <message>
        <source>Return of order {order}: grade each unit, then decide.</source>
        <translation>Retur pesanan {order}: nilai tiap unit, lalu putuskan.</translation>
    </message>
    <message>
        <source>Unit {seq} graded {grade}.</source>
        <translation>Unit {seq} dinilai {grade}.</translation>
    </message>
    <message>
        <source>No supervisor check on this station: decide from the command line.</source>
        <translation>Tidak ada pemeriksaan supervisor di stasiun ini: putuskan dari baris perintah.</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>Bukan supervisor.</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> ke {bin}</translation>
    </message>
    <message>
        <source>Unit {seq}: {decision}{where}, decided by {who}.</source>
        <translation>Unit {seq}: {decision}{where}, diputuskan oleh {who}.</translation>
    </message>
    <message>
        <source>Every unit decided ({who}). Esc: back to returns.</source>
        <translation>Semua unit sudah diputuskan ({who}). Esc: kembali ke retur.</translation>
    </message>
    <message>
        <source>Scan the returned parcel: its label, the return id or the order id.</source>
        <translation>Pindai paket retur: labelnya, id retur, atau id pesanan.</translation>
    </message>
    <message>
        <source>Grade each unit, then a supervisor decides: restock (to a bin), refurbish or dispose.</source>
        <translation>Nilai tiap unit, lalu supervisor memutuskan: masuk stok (ke rak), perbaiki, atau buang.</translation>
    </message>
    <message>
        <source>Scan the next returned parcel.</source>
        <translation>Pindai paket retur berikutnya.</translation>
    </message>
    <message>
        <source>Put the parcel on the scale and weigh it.</source>
        <translation>Taruh paket di timbangan dan timbang.</translation>
    </message>
    <message>
        <source>Photograph: {kind}.</source>
        <translation>Foto: {kind}.</translation>
    </message>
    <message>
        <source>Photograph the damage, then scan the damaged unit.</source>
        <translation>Foto kerusakannya, lalu pindai unit yang rusak.</translation>
    </message>
    <message>
        <source>Scan each unit out of the parcel; finish when the parcel is empty.</source>
        <translation>Pindai tiap unit dari paket; selesai saat paket kosong.</translation>
    </message>
    <message>
        <source>Every unit is back: finish the return.</source>
        <translation>Semua unit sudah kembali: selesaikan retur.</translation>
    </message>
    <message>
        <source>Return of order {order} open ({found}).</source>
        <translation>Retur pesanan {order} dibuka ({found}).</translation>
    </message>
    <message>
        <source>Photo not stored: {fault}</source>
        <translation>Foto tidak tersimpan: {fault}</translation>
    </message>
    <message>
        <source>Log in first (badge or PIN).</source>
        <translation>Masuk dulu (badge atau PIN).</translation>
    </message>
    <message>
        <source>Scan a returned parcel first.</source>
        <translation>Pindai paket retur dulu.</translation>
    </message>
    <message>
        <source>Finish unboxing the return first (or pick one from the queue).</source>
        <translation>Selesaikan bongkar retur dulu (atau pilih dari antrean).</translation>
    </message>
    <message>
        <source>Scan the returned parcel&apos;s label, its return id or the order id.</source>
        <translation>Pindai label paket retur, id retur, atau id pesanan.</translation>
    </message>
    <message>
        <source>That code is {length} characters long (at most {most}): scan it again.</source>
        <translation>Kode itu {length} karakter (maksimal {most}): pindai lagi.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled and never shipped: this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>Pesanan {order} dibatalkan dan tidak pernah dikirim: ini tidak mungkin returnya. Sisihkan paketnya untuk supervisor.</translation>
    </message>
    <message>
        <source>Order {order} was never shipped (it is {status}): this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>Pesanan {order} tidak pernah dikirim (statusnya {status}): ini tidak mungkin returnya. Sisihkan paketnya untuk supervisor.</translation>
    </message>
    <message>
        <source>{code}: not one of our products (not ours).</source>
        <translation>{code}: bukan produk kita (bukan milik kita).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Wrong item: {sku} came back; the order shipped {shipped}.</source>
        <translation>Barang salah: {sku} yang kembali; pesanan mengirim {shipped}.</translation>
    </message>
    <message>
        <source>{sku} damaged ({count} of {quantity}).</source>
        <translation>{sku} rusak ({count} dari {quantity}).</translation>
    </message>
    <message>
        <source>{sku} returned ({count} of {quantity}).</source>
        <translation>{sku} dikembalikan ({count} dari {quantity}).</translation>
    </message>
    <message>
        <source>{sku}: all {total} shipped already scanned back. Scanned twice? Nothing recorded.</source>
        <translation>{sku}: semua {total} yang dikirim sudah dipindai kembali. Terpindai dua kali? Tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>No outbound weight on record.</source>
        <translation>Tidak ada catatan berat saat dikirim.</translation>
    </message>
    <message>
        <source>Outbound {outbound} g; weigh the parcel as it arrived.</source>
        <translation>Saat dikirim {outbound} g; timbang paket seperti saat tiba.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): the same weight as it left.</source>
        <translation>Tiba {arrived} g, dikirim {shipped} g ({diff} g): beratnya sama seperti saat dikirim.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): lighter than it left by more than {tolerance} g.</source>
        <translation>Tiba {arrived} g, dikirim {shipped} g ({diff} g): lebih ringan dari saat dikirim, lebih dari {tolerance} g.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): heavier than it left by more than {tolerance} g.</source>
        <translation>Tiba {arrived} g, dikirim {shipped} g ({diff} g): lebih berat dari saat dikirim, lebih dari {tolerance} g.</translation>
    </message>
    <message>
        <source>Weight {grams} g is not a parcel&apos;s weight (0..{most} g); weigh it again.</source>
        <translation>Berat {grams} g bukan berat paket (0..{most} g); timbang lagi.</translation>
    </message>
    <message>
        <source>An announced return needs its RMA id or its return tracking number.</source>
        <translation>Retur yang diumumkan perlu ID RMA atau nomor resi returnya.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Tidak ada pesanan {order}.</translation>
    </message>
    <message>
        <source>A return with id {code} is already recorded.</source>
        <translation>Retur dengan ID {code} sudah tercatat.</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no order, tracking number or return id matches. Put it aside for a supervisor.</source>
        <translation>Paket {code} tidak dikenal: tidak cocok dengan pesanan, resi, atau ID retur mana pun. Sisihkan untuk supervisor.</translation>
    </message>
    <message>
        <source>Order {order} came back already (return {id}, {state}). A supervisor looks at a second return.</source>
        <translation>Pesanan {order} sudah pernah kembali (retur {id}, {state}). Retur kedua diperiksa supervisor.</translation>
    </message>
    <message>
        <source>Unknown return photo &apos;{kind}&apos;: {kinds}.</source>
        <translation>Foto retur &apos;{kind}&apos; tidak dikenal: {kinds}.</translation>
    </message>
    <message>
        <source>No return {id}.</source>
        <translation>Tidak ada retur {id}.</translation>
    </message>
    <message>
        <source>Return {id} is {state}: unboxing is finished.</source>
        <translation>Retur {id} berstatus {state}: pembongkaran sudah selesai.</translation>
    </message>
    <message>
        <source>The order {order} of this return is no longer on this station.</source>
        <translation>Pesanan {order} dari retur ini sudah tidak ada di meja kemas ini.</translation>
    </message>
    <message>
        <source>this parcel</source>
        <translation>paket ini</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>pesanan {order}</translation>
    </message>
    <message>
        <source>{code} is the label of {which}, not a unit: scan the units, or finish this return first.</source>
        <translation>{code} adalah label {which}, bukan unit: pindai unitnya, atau selesaikan retur ini dulu.</translation>
    </message>
    <message>
        <source>A damaged unit needs a photo of the damage: take the damage photo, then scan it again.</source>
        <translation>Unit yang rusak perlu foto kerusakannya: ambil foto kerusakan, lalu pindai lagi.</translation>
    </message>
    <message>
        <source>Photos still needed: {kinds}.</source>
        <translation>Foto yang masih diperlukan: {kinds}.</translation>
    </message>
    <message>
        <source>Weigh the parcel as it arrived first (it is compared with the outbound weight).</source>
        <translation>Timbang dulu paket seperti saat tiba (dibandingkan dengan berat saat dikirim).</translation>
    </message>
    <message>
        <source>Unit {seq} is already restocked to {bin}: move it there with a stock adjustment.</source>
        <translation>Unit {seq} sudah masuk stok ke {bin}: pindahkan dengan penyesuaian stok.</translation>
    </message>
    <message>
        <source>The central store does not answer: the unit is not restocked. Decide again when it is back.</source>
        <translation>Penyimpanan pusat tidak menjawab: unit belum masuk stok. Putuskan lagi saat sudah kembali.</translation>
    </message>
    <message>
        <source>Return {id} is {state}: not now.</source>
        <translation>Retur {id} berstatus {state}: belum bisa sekarang.</translation>
    </message>
    <message>
        <source>Return {id} has no unit {seq}.</source>
        <translation>Retur {id} tidak punya unit {seq}.</translation>
    </message>
</context>
<context>
    <name>ReturnsDecide</name>
    <message>
        <source>Resellable</source>
        <translation>Bisa dijual lagi</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Perbaiki</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Hapus buku</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Masuk stok</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>belum dinilai</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>belum diputuskan</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> ke {bin}</translation>
    </message>
    <message>
        <source>{decision}{where} by {who}</source>
        <translation>{decision}{where} oleh {who}</translation>
    </message>
    <message>
        <source>bin to restock to</source>
        <translation>rak tujuan stok</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>PIN supervisor, atau pindai badge supervisor</translation>
    </message>
    <message>
        <source>Decide (supervisor)</source>
        <translation>Putuskan (supervisor)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Something went wrong ({fault}); the return stays as it was.</source>
        <translation>Terjadi kesalahan ({fault}); retur tetap seperti semula.</translation>
    </message>
    <message>
        <source>No returns waiting for a decision.</source>
        <translation>Tidak ada retur yang menunggu keputusan.</translation>
    </message>
    <message>
        <source>Waiting for a decision: {count}</source>
        <translation>Menunggu keputusan: {count}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>TERLAMBAT</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>sisa {hours} jam</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Pengiriman keluar</translation>
    </message>
    <message>
        <source>Returns: scan the returned parcel (its label, the return id or the order id)</source>
        <translation>Retur: pindai paket retur (labelnya, id retur, atau id pesanan)</translation>
    </message>
    <message>
        <source>unboxing</source>
        <translation>sedang dibongkar</translation>
    </message>
    <message>
        <source>received: {outcome}</source>
        <translation>diterima: {outcome}</translation>
    </message>
    <message>
        <source>Return of order {order} ({found}), {state}</source>
        <translation>Retur pesanan {order} ({found}), {state}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>NEXT UNIT DAMAGED</source>
        <translation>UNIT BERIKUTNYA RUSAK</translation>
    </message>
    <message>
        <source>Photos taken: {count} · still needed: {needed}</source>
        <translation>Foto diambil: {count} · masih perlu: {needed}</translation>
    </message>
    <message>
        <source>{back} of {shipped} back</source>
        <translation>{back} dari {shipped} kembali</translation>
    </message>
    <message>
        <source>, {count} missing</source>
        <translation>, kurang {count}</translation>
    </message>
    <message>
        <source>Packed by {packer} at {station}</source>
        <translation>Dikemas oleh {packer} di {station}</translation>
    </message>
    <message>
        <source>Weight {weight} · {count} proof photo(s)</source>
        <translation>Berat {weight} · {count} foto bukti</translation>
    </message>
    <message>
        <source>Shipped {when} · manifest {manifest}</source>
        <translation>Dikirim {when} · manifest {manifest}</translation>
    </message>
    <message>
        <source>Decision due {due}</source>
        <translation>Batas keputusan {due}</translation>
    </message>
    <message>
        <source>Back to returns</source>
        <translation>Kembali ke retur</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>Timbang</translation>
    </message>
    <message>
        <source>Finish return</source>
        <translation>Selesaikan retur</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>Damaged unit</source>
        <translation>Unit rusak</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Reviewing orders</source>
        <translation>Meninjau pesanan</translation>
    </message>
    <message>
        <source>{count} photo(s) verified</source>
        <translation>{count} foto terverifikasi</translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation>ditemukan {count} masalah</translation>
    </message>
    <message>
        <source>Label preview is not available on this station.</source>
        <translation>Pratinjau label tidak tersedia di meja kemas ini.</translation>
    </message>
    <message>
        <source>parcel {number}: the label cannot be drawn (the log has the details)</source>
        <translation>paket {number}: label tidak bisa digambar (detail ada di log)</translation>
    </message>
    <message>
        <source>no parcel has been packed yet</source>
        <translation>belum ada paket yang dikemas</translation>
    </message>
    <message>
        <source>Order {order} is not flagged.</source>
        <translation>Pesanan {order} tidak ditandai.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Tidak ada pesanan {order}.</translation>
    </message>
    <message>
        <source>Write a note saying what the dispute is about.</source>
        <translation>Tulis catatan tentang apa sengketanya.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {most}).</source>
        <translation>Catatan terlalu panjang ({length} karakter; paling banyak {most}).</translation>
    </message>
    <message>
        <source>The date range is empty: &apos;from&apos; must be before &apos;to&apos;.</source>
        <translation>Rentang tanggal kosong: &apos;dari&apos; harus sebelum &apos;sampai&apos;.</translation>
    </message>
    <message>
        <source>Type at least one character before &apos;*&apos;.</source>
        <translation>Ketik minimal satu karakter sebelum &apos;*&apos;.</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>Membuka jendela tinjauan</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {name}</source>
        <translation>Tinjauan — {name}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Packer metrics</source>
        <translation>Kinerja pengemas</translation>
    </message>
    <message>
        <source>Delivery exceptions</source>
        <translation>Masalah pengiriman</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Serah kurir</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Seller Center sheet…</source>
        <translation>Sheet Seller Center…</translation>
    </message>
    <message>
        <source>Write the TikTok Shop bulk-shipping sheet of the handed-over orders not yet reported</source>
        <translation>Tulis sheet pengiriman massal TikTok Shop untuk pesanan yang sudah diserahkan tetapi belum dilaporkan</translation>
    </message>
    <message>
        <source>Evidence export is not available on this station.</source>
        <translation>Ekspor bukti tidak tersedia di meja kemas ini.</translation>
    </message>
    <message>
        <source>Could not flag {order}: {reason}</source>
        <translation>Tidak bisa menandai {order}: {reason}</translation>
    </message>
    <message>
        <source>Could not clear the flag of {order}: {reason}</source>
        <translation>Tidak bisa menghapus tanda {order}: {reason}</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>terjadi kesalahan (detail ada di log)</translation>
    </message>
    <message>
        <source>Order {order} flagged: {note}</source>
        <translation>Pesanan {order} ditandai: {note}</translation>
    </message>
    <message>
        <source>Flag of order {order} cleared</source>
        <translation>Tanda pesanan {order} dihapus</translation>
    </message>
    <message>
        <source>Export evidence packs to</source>
        <translation>Ekspor paket bukti ke</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>Pilih dulu pesanan yang akan diekspor.</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Ekspor gagal: {reason}</translation>
    </message>
    <message>
        <source>Evidence exported to {folder}</source>
        <translation>Bukti diekspor ke {folder}</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Sheet Seller Center</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Seller Center sheet not written: {reason}</source>
        <translation>Sheet Seller Center tidak ditulis: {reason}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>packer</source>
        <translation>pengemas</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Put the parcel on the scale.</source>
        <translation>Letakkan paket di timbangan.</translation>
    </message>
    <message>
        <source>Scale: {message}.</source>
        <translation>Timbangan: {message}.</translation>
    </message>
    <message>
        <source>Weighing... {grams} g</source>
        <translation>Menimbang... {grams} g</translation>
    </message>
    <message>
        <source>Weight {grams} g.</source>
        <translation>Berat {grams} g.</translation>
    </message>
    <message>
        <source>Scale {state}: {detail}.</source>
        <translation>Timbangan {state}: {detail}.</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale (it reads {grams} g): the next weight counts once it reads zero.</source>
        <translation>Angkat paket sebelumnya dari timbangan (terbaca {grams} g): berat berikutnya dihitung setelah timbangan nol.</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale: the next weight counts once it reads zero.</source>
        <translation>Angkat paket sebelumnya dari timbangan: berat berikutnya dihitung setelah timbangan nol.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>{name} ({count} left)</source>
        <translation>{name} (sisa {count})</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>tidak ada lagi</translation>
    </message>
    <message>
        <source>Empty scan: scan the item&apos;s barcode again.</source>
        <translation>Pindaian kosong: pindai lagi barcode barangnya.</translation>
    </message>
    <message>
        <source>That is order {other}&apos;s barcode, not an item. This order is {order}.</source>
        <translation>Itu barcode pesanan {other}, bukan barang. Pesanan ini {order}.</translation>
    </message>
    <message>
        <source>The barcode {code} did not scan cleanly: scan it again, holding the item still and flat.</source>
        <translation>Barcode {code} tidak terpindai dengan baik: pindai lagi, pegang barang diam dan rata.</translation>
    </message>
    <message>
        <source>This barcode ({code}) is not a product the station knows. Still to pick: {expected}.</source>
        <translation>Barcode ini ({code}) bukan produk yang dikenal stasiun. Masih harus diambil: {expected}.</translation>
    </message>
    <message>
        <source>Wrong item: {name} is not in this order; put it back. Still to pick: {expected}.</source>
        <translation>Barang salah: {name} tidak ada di pesanan ini; kembalikan. Masih harus diambil: {expected}.</translation>
    </message>
    <message>
        <source>Too many: {name} already {picked} / {quantity}. Put this one back.</source>
        <translation>Kelebihan: {name} sudah {picked} / {quantity}. Kembalikan yang ini.</translation>
    </message>
</context>
<context>
    <name>ScanVerdict</name>
    <message>
        <source>ok</source>
        <translation>benar</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>lengkap</translation>
    </message>
    <message>
        <source>wrong_item</source>
        <translation>barang salah</translation>
    </message>
    <message>
        <source>over_scan</source>
        <translation>kelebihan</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak dikenal</translation>
    </message>
    <message>
        <source>other_order</source>
        <translation>pesanan lain</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>pindaian kosong</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak terbaca</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>(any)</source>
        <translation>(semua)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Ditandai</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Tidak ditandai</translation>
    </message>
    <message>
        <source>order id (end with * for a prefix)</source>
        <translation>ID pesanan (akhiri dengan * untuk awalan)</translation>
    </message>
    <message>
        <source>tracking number (end with * for a prefix)</source>
        <translation>nomor resi (akhiri dengan * untuk awalan)</translation>
    </message>
    <message>
        <source>recipient name starts with…</source>
        <translation>nama penerima diawali…</translation>
    </message>
    <message>
        <source>anywhere in the name (slower)</source>
        <translation>di bagian mana pun dari nama (lebih lambat)</translation>
    </message>
    <message>
        <source>packer user id</source>
        <translation>ID pengguna pengemas</translation>
    </message>
    <message>
        <source>station</source>
        <translation>meja kemas</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Ship-by deadline</source>
        <translation>Batas kirim</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Resi</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pengemas</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja kemas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Tanda</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>Tandai sengketa…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Ekspor yang dipilih…</translation>
    </message>
    <message>
        <source>Export whole search…</source>
        <translation>Ekspor semua hasil…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>The search failed (the log has the details).</source>
        <translation>Pencarian gagal (detail ada di log).</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Pilih pesanan dulu.</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Tidak ada pesanan yang cocok.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n pesanan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ order(s) (scroll for more)</source>
        <translation>
            <numerusform>%n+ pesanan (gulir untuk melihat lagi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station name</source>
        <translation>Nama meja kemas</translation>
    </message>
    <message>
        <source>Scanner URL</source>
        <translation>URL pemindai</translation>
    </message>
    <message>
        <source>Scale URL</source>
        <translation>URL timbangan</translation>
    </message>
    <message>
        <source>Printer URL</source>
        <translation>URL printer</translation>
    </message>
    <message>
        <source>Camera URL</source>
        <translation>URL kamera</translation>
    </message>
    <message>
        <source>Weight tolerance (g)</source>
        <translation>Toleransi berat (g)</translation>
    </message>
    <message>
        <source>Weight tolerance (%)</source>
        <translation>Toleransi berat (%)</translation>
    </message>
    <message>
        <source>Required photos (comma separated)</source>
        <translation>Foto wajib (pisahkan dengan koma)</translation>
    </message>
    <message>
        <source>Idle lock (minutes, 0 = off)</source>
        <translation>Kunci saat diam (menit, 0 = mati)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Uji</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Cari perangkat</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Perangkat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Pengaturan meja kemas</translation>
    </message>
    <message>
        <source>found {ports} serial port(s), {cameras} camera(s); pick from each list</source>
        <translation>ditemukan {ports} port serial, {cameras} kamera; pilih dari tiap daftar</translation>
    </message>
    <message>
        <source>Looking for devices</source>
        <translation>Mencari perangkat</translation>
    </message>
    <message>
        <source>{device}: {result}</source>
        <translation>{device}: {result}</translation>
    </message>
    <message>
        <source>change what is needed, Save, then Esc to go back</source>
        <translation>ubah yang perlu, Simpan, lalu Esc untuk kembali</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Tutup pengaturan</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner (USB, types into the scan field)</source>
        <translation>Pemindai keyboard-wedge (USB, mengetik ke kolom pindai)</translation>
    </message>
    <message>
        <source>Simulated scanner (no hardware)</source>
        <translation>Pemindai simulasi (tanpa perangkat)</translation>
    </message>
    <message>
        <source>Simulated scale (no hardware)</source>
        <translation>Timbangan simulasi (tanpa perangkat)</translation>
    </message>
    <message>
        <source>No scale: weights typed in by hand</source>
        <translation>Tanpa timbangan: berat diketik manual</translation>
    </message>
    <message>
        <source>Serial scanner on {where}, 9600 baud</source>
        <translation>Pemindai serial di {where}, 9600 baud</translation>
    </message>
    <message>
        <source>Scale on {where}, MT-SICS (asked)</source>
        <translation>Timbangan di {where}, MT-SICS (ditanya)</translation>
    </message>
    <message>
        <source>Scale on {where}, continuous output</source>
        <translation>Timbangan di {where}, keluaran terus-menerus</translation>
    </message>
    <message>
        <source>Simulated printer (no hardware)</source>
        <translation>Printer simulasi (tanpa perangkat)</translation>
    </message>
    <message>
        <source>Save labels as files in {folder}</source>
        <translation>Simpan label sebagai file di {folder}</translation>
    </message>
    <message>
        <source>USB printer at {device}</source>
        <translation>Printer USB di {device}</translation>
    </message>
    <message>
        <source>Printer queue {queue} (CUPS)</source>
        <translation>Antrean printer {queue} (CUPS)</translation>
    </message>
    <message>
        <source>Network printer: replace HOST with its address</source>
        <translation>Printer jaringan: ganti HOST dengan alamatnya</translation>
    </message>
    <message>
        <source>Simulated camera (no hardware)</source>
        <translation>Kamera simulasi (tanpa perangkat)</translation>
    </message>
    <message>
        <source>Camera {index} ({width}x{height})</source>
        <translation>Kamera {index} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>looking for devices …</source>
        <translation>mencari perangkat …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>menguji …</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>GAGAL</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{count} order(s) written to {path} ({format})</source>
        <translation>{count} pesanan ditulis ke {path} ({format})</translation>
    </message>
    <message>
        <source>{count} order(s) already reported left out (--again to include)</source>
        <translation>{count} pesanan yang sudah dilaporkan dilewati (--again untuk menyertakan)</translation>
    </message>
    <message>
        <source>{count} split order(s) left out (several parcels with different tracking numbers; ship them through the API or by hand): {orders}</source>
        <translation>{count} pesanan terpisah dilewati (beberapa paket dengan nomor resi berbeda; kirim lewat API atau manual): {orders}</translation>
    </message>
    <message>
        <source>{count} order(s) shipped with the marketplace&apos;s own label left out (it knows their tracking numbers)</source>
        <translation>{count} pesanan yang dikirim dengan label marketplace dilewati (marketplace sudah tahu nomor resinya)</translation>
    </message>
    <message>
        <source>{count} order(s) without a tracking number left out</source>
        <translation>{count} pesanan tanpa nomor resi dilewati</translation>
    </message>
    <message>
        <source>carrier {carrier} ({count} order(s)) is not in the provider table; written as it is (add it under [channels.provider_names])</source>
        <translation>kurir {carrier} ({count} pesanan) tidak ada di tabel penyedia; ditulis apa adanya (tambahkan di [channels.provider_names])</translation>
    </message>
</context>
<context>
    <name>SimPanel</name>
    <message>
        <source>Simulated scanner</source>
        <translation>Pemindai simulasi</translation>
    </message>
    <message>
        <source>click to scan</source>
        <translation>klik untuk memindai</translation>
    </message>
    <message>
        <source>Next order in queue</source>
        <translation>Pesanan berikutnya di antrean</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Barcode tidak dikenal</translation>
    </message>
    <message>
        <source>Simulated scale</source>
        <translation>Timbangan simulasi</translation>
    </message>
    <message>
        <source>Wrong weight (+20 % and 150 g)</source>
        <translation>Berat salah (+20 % dan 150 g)</translation>
    </message>
    <message>
        <source>Empty scale</source>
        <translation>Timbangan kosong</translation>
    </message>
    <message>
        <source>Wrong weight: open an order at the Pack step first.</source>
        <translation>Berat salah: buka pesanan di langkah Kemas dulu.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Antrean kosong.</translation>
    </message>
</context>
<context>
    <name>Staged</name>
    <message>
        <source>Nothing staged for collection.</source>
        <translation>Tidak ada paket yang menunggu dijemput.</translation>
    </message>
    <message>
        <source>Next collection due: order {order} ({carrier}) by {when}</source>
        <translation>Penjemputan berikutnya: pesanan {order} ({carrier}) paling lambat {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staged for collection&lt;/b&gt; (F12: dispatch)</source>
        <translation>&lt;b&gt;Menunggu dijemput&lt;/b&gt; (F12: serah kurir)</translation>
    </message>
    <message>
        <source>Reading the staged parcels</source>
        <translation>Membaca paket yang menunggu diambil</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing} gagal.</translation>
    </message>
    <message>
        <source>Log in first: scan your badge or type your PIN.</source>
        <translation>Masuk dulu: pindai kartu atau ketik PIN.</translation>
    </message>
    <message>
        <source>No order is open: scan an order or press F2.</source>
        <translation>Belum ada pesanan yang dibuka: pindai pesanan atau tekan F2.</translation>
    </message>
    <message>
        <source>This</source>
        <translation>Ini</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>Bukan supervisor.</translation>
    </message>
    <message>
        <source>{message} — all items verified. Pack it.</source>
        <translation>{message} — semua barang terverifikasi. Kemas sekarang.</translation>
    </message>
    <message>
        <source>Box {box} for parcel {parcel}.</source>
        <translation>Kotak {box} untuk paket {parcel}.</translation>
    </message>
    <message>
        <source>Choosing the box</source>
        <translation>Memilih kotak</translation>
    </message>
    <message>
        <source>Order split into {count} parcels: weigh parcel {parcel}.</source>
        <translation>Pesanan dipecah menjadi {count} paket: timbang paket {parcel}.</translation>
    </message>
    <message>
        <source>Adding a parcel</source>
        <translation>Menambah paket</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Menimbang</translation>
    </message>
    <message>
        <source>Packed in {count} parcel(s). {labels}</source>
        <translation>Dikemas dalam {count} paket. {labels}</translation>
    </message>
    <message>
        <source>Finishing packing</source>
        <translation>Menyelesaikan pengemasan</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>Mencetak label</translation>
    </message>
    <message>
        <source>Recording the label as printed</source>
        <translation>Mencatat label sudah tercetak</translation>
    </message>
    <message>
        <source>Retrying the label</source>
        <translation>Mencoba lagi label</translation>
    </message>
    <message>
        <source>Reprinting the label</source>
        <translation>Mencetak ulang label</translation>
    </message>
    <message>
        <source>Voiding the label</source>
        <translation>Membatalkan label</translation>
    </message>
    <message>
        <source>Label printed: the printer took the waiting label.</source>
        <translation>Label dicetak: printer sudah menerima label yang menunggu.</translation>
    </message>
    <message>
        <source>Taking proof photos</source>
        <translation>Mengambil foto bukti</translation>
    </message>
    <message>
        <source>Press {key} to take the photo.</source>
        <translation>Tekan {key} untuk mengambil foto.</translation>
    </message>
    <message>
        <source>Recording the supervisor&apos;s decision</source>
        <translation>Mencatat keputusan supervisor</translation>
    </message>
    <message>
        <source>{photos} Order {order} is done: {next}.</source>
        <translation>{photos} Pesanan {order} selesai: {next}.</translation>
    </message>
    <message>
        <source>This station has no label service: labels cannot be printed here.</source>
        <translation>Stasiun ini tidak punya layanan label: label tidak bisa dicetak di sini.</translation>
    </message>
    <message>
        <source>Label reprinted ({reason}). {labels}</source>
        <translation>Label dicetak ulang ({reason}). {labels}</translation>
    </message>
    <message>
        <source>Label voided by {who} ({reason}); press {key} to print a new label.</source>
        <translation>Label dibatalkan oleh {who} ({reason}); tekan {key} untuk mencetak label baru.</translation>
    </message>
    <message>
        <source>This station has no camera set up: a supervisor may waive the photos.</source>
        <translation>Stasiun ini tidak punya kamera: supervisor boleh mengecualikan foto.</translation>
    </message>
    <message>
        <source>Photos stored.</source>
        <translation>Foto disimpan.</translation>
    </message>
    <message>
        <source>Label photo accepted by {who}.</source>
        <translation>Foto label diterima oleh {who}.</translation>
    </message>
    <message>
        <source>Photos waived by {who} (camera failing).</source>
        <translation>Foto dikecualikan oleh {who} (kamera bermasalah).</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>sudah diserahkan</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>kurirnya</translation>
    </message>
    <message>
        <source>staged for {carrier} ({location}): put it with that carrier&apos;s parcels</source>
        <translation>menunggu {carrier} ({location}): taruh bersama paket kurir itu</translation>
    </message>
    <message>
        <source>staged for {carrier}: put it with that carrier&apos;s parcels</source>
        <translation>menunggu {carrier}: taruh bersama paket kurir itu</translation>
    </message>
    <message>
        <source>No weight to accept: weigh the parcel first.</source>
        <translation>Tidak ada berat untuk diterima: timbang paket dulu.</translation>
    </message>
    <message>
        <source>{code} is not a box. Scan a box code, or press {key} to weigh.</source>
        <translation>{code} bukan kotak. Pindai kode kotak, atau tekan {key} untuk menimbang.</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>Kotak {code} tidak dikenal.</translation>
    </message>
    <message>
        <source>No stable weight yet: wait for the scale.</source>
        <translation>Berat belum stabil: tunggu timbangan.</translation>
    </message>
    <message>
        <source>Choose a box first.</source>
        <translation>Pilih kotak dulu.</translation>
    </message>
    <message>
        <source>Admin {name} created. Log in with the PIN.</source>
        <translation>Admin {name} dibuat. Masuk dengan PIN.</translation>
    </message>
    <message>
        <source>Creating the first admin</source>
        <translation>Membuat admin pertama</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Hello {name} ({role}).</source>
        <translation>Halo {name} ({role}).</translation>
    </message>
    <message>
        <source>{hello} Resumed order {order} at {step}.</source>
        <translation>{hello} Melanjutkan pesanan {order} di langkah {step}.</translation>
    </message>
    <message>
        <source>Locked: the station was idle. Scan your badge or type your PIN.</source>
        <translation>Terkunci: stasiun tidak dipakai. Pindai kartu atau ketik PIN.</translation>
    </message>
    <message>
        <source>Logged out. Scan your badge or type your PIN.</source>
        <translation>Sudah keluar. Pindai kartu atau ketik PIN.</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Opening settings</source>
        <translation>Membuka pengaturan</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}; after a restart: {later}.</source>
        <translation>Tersimpan; berlaku sekarang: {now}; setelah dimulai ulang: {later}.</translation>
    </message>
    <message>
        <source>Saved; after a restart: {later}.</source>
        <translation>Tersimpan; berlaku setelah dimulai ulang: {later}.</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}.</source>
        <translation>Tersimpan; berlaku sekarang: {now}.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Menyimpan pengaturan</translation>
    </message>
    <message>
        <source>{refusal} (and no badge)</source>
        <translation>{refusal} (dan bukan kartu)</translation>
    </message>
    <message>
        <source>Taking the order</source>
        <translation>Mengambil pesanan</translation>
    </message>
    <message>
        <source>{central}. {taken}</source>
        <translation>{central}. {taken}</translation>
    </message>
    <message>
        <source>Taking the next order</source>
        <translation>Mengambil pesanan berikutnya</translation>
    </message>
    <message>
        <source>Order {order}: check it, then scan the first item.</source>
        <translation>Pesanan {order}: periksa, lalu pindai barang pertama.</translation>
    </message>
    <message>
        <source>Starting to pick</source>
        <translation>Mulai mengambil</translation>
    </message>
    <message>
        <source>Order {order} is {status}: finish it or put it on hold.</source>
        <translation>Pesanan {order} berstatus {status}: selesaikan atau tahan.</translation>
    </message>
    <message>
        <source>Putting the order back</source>
        <translation>Mengembalikan pesanan</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>Tunggu labelnya, lalu tempel di paket.</translation>
    </message>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>Pindaian tidak dipakai di langkah ini: {code}</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Memindai</translation>
    </message>
    <message>
        <source>Last scan undone ({reason}). Put that item back.</source>
        <translation>Pindaian terakhir dibatalkan ({reason}). Kembalikan barang itu.</translation>
    </message>
    <message>
        <source>Undoing the scan</source>
        <translation>Membatalkan pindaian</translation>
    </message>
    <message>
        <source>On hold: {reason}. A supervisor can release it.</source>
        <translation>Ditahan: {reason}. Supervisor dapat melepasnya.</translation>
    </message>
    <message>
        <source>Putting the order on hold</source>
        <translation>Menahan pesanan</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>Ketik catatan: kenapa ini diterima?</translation>
    </message>
    <message>
        <source>Weight of parcel {parcel} accepted by {who}.</source>
        <translation>Berat paket {parcel} diterima oleh {who}.</translation>
    </message>
    <message>
        <source>Order {order} accepted short by {who}.</source>
        <translation>Pesanan {order} diterima kurang oleh {who}.</translation>
    </message>
    <message>
        <source>Order {order} released by {who}.</source>
        <translation>Pesanan {order} dilepas oleh {who}.</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Melepas</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>Membuka jendela tinjauan</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>station {name}</source>
        <translation>meja {name}</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>belum masuk</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Tutup bantuan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>Kembali mengemas</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>Mode serah kurir</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Review needs a supervisor: ask one to log in with their badge.</source>
        <translation>Tinjauan perlu supervisor: minta supervisor masuk dengan kartunya.</translation>
    </message>
    <message>
        <source>People are managed by a supervisor or admin: ask one to log in.</source>
        <translation>Orang dikelola oleh supervisor atau admin: minta salah satu masuk.</translation>
    </message>
    <message>
        <source>{command} is not available on this step.</source>
        <translation>{command} tidak tersedia di langkah ini.</translation>
    </message>
    <message>
        <source>Unknown command barcode {code}: print a new command sheet.</source>
        <translation>Barcode perintah tidak dikenal {code}: cetak lembar perintah baru.</translation>
    </message>
    <message>
        <source>Log in first, then press Ctrl+T for returns.</source>
        <translation>Masuk dulu, lalu tekan Ctrl+T untuk retur.</translation>
    </message>
    <message>
        <source>Counting stock needs a supervisor: ask one to log in with their badge.</source>
        <translation>Hitung stok perlu supervisor: minta satu masuk dengan kartunya.</translation>
    </message>
    <message>
        <source> (did you mean {code}?)</source>
        <translation> (maksudnya {code}?)</translation>
    </message>
    <message>
        <source>Scan not read: {reason}</source>
        <translation>Pindaian tidak terbaca: {reason}</translation>
    </message>
    <message>
        <source>{device} is back.</source>
        <translation>{device} sudah kembali.</translation>
    </message>
    <message>
        <source>Video: {message} Packing goes on; the order is marked video incomplete.</source>
        <translation>Video: {message} Pengemasan lanjut; pesanan ditandai video tidak lengkap.</translation>
    </message>
    <message>
        <source>Video: {message}</source>
        <translation>Video: {message}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dikemas</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Sudah berlabel</translation>
    </message>
    <message>
        <source>Photographed</source>
        <translation>Sudah difoto</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Siap diserahkan</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dikirim</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Dalam perjalanan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Sedang diantar</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Gagal dikirim</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rusak</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Confirm</source>
        <translation>Konfirmasi</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Ambil</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Kemas</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>{sku} ({needed} needed, {available} available)</source>
        <translation>{sku} (perlu {needed}, tersedia {available})</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>stok tersedia</translation>
    </message>
    <message>
        <source>waiting for stock: {missing}</source>
        <translation>menunggu stok: {missing}</translation>
    </message>
    <message>
        <source>low stock: {sku} has {available} available (alert at {threshold})</source>
        <translation>stok menipis: {sku} tersedia {available} (peringatan pada {threshold})</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>The count could not be read or written; nothing was changed, try again.</source>
        <translation>Hitungan tidak bisa dibaca atau disimpan; tidak ada yang berubah, coba lagi.</translation>
    </message>
    <message>
        <source>No units counted yet.</source>
        <translation>Belum ada unit yang dihitung.</translation>
    </message>
    <message>
        <source>  difference {diff}</source>
        <translation>  selisih {diff}</translation>
    </message>
    <message>
        <source>{sku}: counted {counted}, books {expected}</source>
        <translation>{sku}: dihitung {counted}, catatan {expected}</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label.</source>
        <translation>Pindai label rak.</translation>
    </message>
    <message>
        <source>Counted. Scan the next bin&apos;s label.</source>
        <translation>Sudah dihitung. Pindai label rak berikutnya.</translation>
    </message>
    <message>
        <source>Scan the label of the bin to count.</source>
        <translation>Pindai label rak yang akan dihitung.</translation>
    </message>
    <message>
        <source>Scan every unit in bin {bin}, then confirm the count.</source>
        <translation>Pindai setiap unit di rak {bin}, lalu konfirmasi hitungan.</translation>
    </message>
    <message>
        <source>Bin {bin}: scan each unit, then confirm.</source>
        <translation>Rak {bin}: pindai tiap unit, lalu konfirmasi.</translation>
    </message>
    <message>
        <source>Nothing was read; scan again.</source>
        <translation>Tidak terbaca; pindai lagi.</translation>
    </message>
    <message>
        <source>{code} is a product barcode: scan the bin&apos;s label first.</source>
        <translation>{code} adalah barcode produk: pindai label rak dulu.</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: not counted.</source>
        <translation>Barcode tidak dikenal {code}: tidak dihitung.</translation>
    </message>
    <message>
        <source>No {sku} counted to take back.</source>
        <translation>Belum ada {sku} yang dihitung untuk dikurangi.</translation>
    </message>
    <message>
        <source>No unit counted to take back.</source>
        <translation>Belum ada unit yang dihitung untuk dikurangi.</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label first.</source>
        <translation>Pindai label rak dulu.</translation>
    </message>
    <message>
        <source>{sku}: counted {counted} but {reserved} are reserved for orders; count again or release those orders.</source>
        <translation>{sku}: terhitung {counted} tetapi {reserved} dipesan untuk pesanan; hitung lagi atau lepaskan pesanan itu.</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>tidak ada selisih</translation>
    </message>
    <message>
        <source>Bin {bin} counted: {words}.</source>
        <translation>Rak {bin} sudah dihitung: {words}.</translation>
    </message>
    <message>
        <source>Count cancelled; nothing was changed.</source>
        <translation>Hitungan dibatalkan; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>{sku}: {count} counted.</source>
        <translation>{sku}: {count} terhitung.</translation>
    </message>
</context>
<context>
    <name>StockCountPage</name>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>Stock count: bin {bin} counted. Scan the next bin&apos;s label.</source>
        <translation>Hitung stok: rak {bin} selesai dihitung. Pindai label rak berikutnya.</translation>
    </message>
    <message>
        <source>Stock count: bin {bin}</source>
        <translation>Hitung stok: rak {bin}</translation>
    </message>
    <message>
        <source>Stock count: scan the bin&apos;s label</source>
        <translation>Hitung stok: pindai label rak</translation>
    </message>
    <message>
        <source>Recorded: {list}</source>
        <translation>Tercatat: {list}</translation>
    </message>
    <message>
        <source>Differences: {list}</source>
        <translation>Selisih: {list}</translation>
    </message>
    <message>
        <source>No differences (recorded)</source>
        <translation>Tidak ada selisih (tercatat)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Tidak ada selisih</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>Kembali mengemas</translation>
    </message>
    <message>
        <source>Confirm count</source>
        <translation>Konfirmasi hitungan</translation>
    </message>
    <message>
        <source>Take back last unit</source>
        <translation>Batalkan unit terakhir</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Batalkan hitungan</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>scanned {sku} ({picked}/{quantity})</source>
        <translation>memindai {sku} ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} rejected: {why}</source>
        <translation>pindaian {barcode} ditolak: {why}</translation>
    </message>
    <message>
        <source>undid scan of {sku}: {reason}</source>
        <translation>membatalkan pindaian {sku}: {reason}</translation>
    </message>
    <message>
        <source>held: {reason}</source>
        <translation>ditahan: {reason}</translation>
    </message>
    <message>
        <source>released back to {status} — note: &quot;{note}&quot;</source>
        <translation>dilepas kembali ke {status} — catatan: &quot;{note}&quot;</translation>
    </message>
    <message>
        <source>released back to {status}</source>
        <translation>dilepas kembali ke {status}</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g</source>
        <translation>paket {parcel} ditimbang {grams} g, seharusnya {expected} g</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g (out of tolerance)</source>
        <translation>paket {parcel} ditimbang {grams} g, seharusnya {expected} g (di luar toleransi)</translation>
    </message>
    <message>
        <source>weight of parcel {parcel} accepted: {reason}</source>
        <translation>berat paket {parcel} diterima: {reason}</translation>
    </message>
    <message>
        <source>label printed, tracking {tracking}</source>
        <translation>label dicetak, resi {tracking}</translation>
    </message>
    <message>
        <source>label reprinted: {reason}</source>
        <translation>label dicetak ulang: {reason}</translation>
    </message>
    <message>
        <source>label {tracking} voided: {reason}</source>
        <translation>label {tracking} dibatalkan: {reason}</translation>
    </message>
    <message>
        <source>photo {kind} (label visible)</source>
        <translation>foto {kind} (label terlihat)</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>foto {kind}</translation>
    </message>
    <message>
        <source>photos waived ({missing}): {reason}</source>
        <translation>foto dibebaskan ({missing}): {reason}</translation>
    </message>
    <message>
        <source>dispute flagged: {note}</source>
        <translation>sengketa ditandai: {note}</translation>
    </message>
    <message>
        <source>flag cleared {note}</source>
        <translation>tanda dihapus {note}</translation>
    </message>
    <message>
        <source>flag cleared</source>
        <translation>tanda dihapus</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>dibatalkan: {reason}</translation>
    </message>
    <message>
        <source>carrier: {status} {note}</source>
        <translation>kurir: {status} {note}</translation>
    </message>
    <message>
        <source>carrier: {status}</source>
        <translation>kurir: {status}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup in {location}</source>
        <translation>menunggu diambil {carrier} di {location}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup</source>
        <translation>menunggu diambil {carrier}</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>kurirnya</translation>
    </message>
    <message>
        <source>parcel {parcel} scanned into handover {manifest}</source>
        <translation>paket {parcel} dipindai ke serah terima {manifest}</translation>
    </message>
    <message>
        <source>refused at handover {manifest}: {message}</source>
        <translation>ditolak saat serah terima {manifest}: {message}</translation>
    </message>
    <message>
        <source>partial handover allowed in {manifest}: {reason}</source>
        <translation>serah terima sebagian diizinkan di {manifest}: {reason}</translation>
    </message>
    <message>
        <source>shipped: handed over in manifest {manifest}</source>
        <translation>dikirim: diserahkan dalam manifest {manifest}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>{status} ({rule}): {note}</source>
        <translation>{status} ({rule}): {note}</translation>
    </message>
    <message>
        <source>{status} ({rule}):</source>
        <translation>{status} ({rule}):</translation>
    </message>
    <message>
        <source>proof of delivery kept: {source}</source>
        <translation>bukti pengiriman disimpan: {source}</translation>
    </message>
    <message>
        <source>alert: {what}</source>
        <translation>peringatan: {what}</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Timbangan</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Pemindai</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>check its cable and power</source>
        <translation>periksa kabel dan dayanya</translation>
    </message>
    <message>
        <source>check its cable (or plug it in again)</source>
        <translation>periksa kabelnya (atau colok ulang)</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when it is back</source>
        <translation>pengemasan tetap jalan; pesanan dikirim saat kembali</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when the network is back</source>
        <translation>pengemasan tetap jalan; pesanan dikirim saat jaringan kembali</translation>
    </message>
    <message>
        <source>Printer out of labels: load a new roll, then press Retry.</source>
        <translation>Label printer habis: pasang gulungan baru, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>Printer ribbon finished: put in a new ribbon, then press Retry.</source>
        <translation>Pita printer habis: pasang pita baru, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>Printer lid open: close it, then press Retry.</source>
        <translation>Tutup printer terbuka: tutup, lalu tekan Coba lagi.</translation>
    </message>
    <message>
        <source>Printer paused: press its pause button once.</source>
        <translation>Printer dijeda: tekan tombol jedanya sekali.</translation>
    </message>
    <message>
        <source>Printer not answering: check its cable and power.</source>
        <translation>Printer tidak menjawab: periksa kabel dan dayanya.</translation>
    </message>
    <message>
        <source>Printer needs attention: look at its display or lights.</source>
        <translation>Printer perlu dicek: lihat layar atau lampunya.</translation>
    </message>
    <message>
        <source>{device} not answering: {check}.</source>
        <translation>{device} tidak menjawab: {check}.</translation>
    </message>
    <message>
        <source>{device} is slow to answer: {check}, then try again.</source>
        <translation>{device} lambat menjawab: {check}, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{device} not found: {check}, or choose it again in Settings (Ctrl+S).</source>
        <translation>{device} tidak ditemukan: {check}, atau pilih lagi di Pengaturan (Ctrl+S).</translation>
    </message>
    <message>
        <source>{device} cannot be used by this station (no permission): ask the admin to set it up.</source>
        <translation>{device} tidak bisa dipakai stasiun ini (tanpa izin): minta admin menyiapkannya.</translation>
    </message>
    <message>
        <source>The disk is full: ask the admin to free space; packing goes on.</source>
        <translation>Disk penuh: minta admin mengosongkan ruang; pengemasan tetap jalan.</translation>
    </message>
    <message>
        <source>{device} trouble: {check}, then try again.</source>
        <translation>{device} bermasalah: {check}, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Camera picture frozen: check its cable (or plug it in again).</source>
        <translation>Gambar kamera membeku: periksa kabelnya (atau colok ulang).</translation>
    </message>
    <message>
        <source>{doing} did not work: the disk is full. Ask the admin to free space.</source>
        <translation>{doing} gagal: disk penuh. Minta admin mengosongkan ruang.</translation>
    </message>
    <message>
        <source>{doing} did not work: a device or the network did not answer. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} gagal: perangkat atau jaringan tidak menjawab. Coba lagi; kalau masih gagal, panggil supervisor.</translation>
    </message>
    <message>
        <source>{doing} did not work. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} gagal. Coba lagi; kalau masih gagal, panggil supervisor.</translation>
    </message>
    <message>
        <source>The printer stopped answering while the label was sent: if no label came out, press Reprint.</source>
        <translation>Printer berhenti menjawab saat label dikirim: kalau label tidak keluar, tekan Cetak ulang.</translation>
    </message>
    <message>
        <source> The label prints when it answers.</source>
        <translation> Label tercetak saat printer menjawab.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>ok</source>
        <translation>terverifikasi</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>file berubah</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>file hilang</translation>
    </message>
    <message>
        <source>record_edited</source>
        <translation>catatan diubah</translation>
    </message>
    <message>
        <source>chain_broken</source>
        <translation>rantai putus</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>urutan diubah</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>no video</source>
        <translation>tanpa video</translation>
    </message>
    <message>
        <source>{seconds} s missing</source>
        <translation>{seconds} detik hilang</translation>
    </message>
    <message>
        <source>accepted by {user} at {when} ({what}): {reason}</source>
        <translation>diterima oleh {user} pada {when} ({what}): {reason}</translation>
    </message>
    <message>
        <source>Video complete: {count} segment(s)</source>
        <translation>Video lengkap: {count} segmen</translation>
    </message>
    <message>
        <source>No packing video</source>
        <translation>Tidak ada video pengemasan</translation>
    </message>
    <message>
        <source>Video incomplete: {seconds} s missing</source>
        <translation>Video tidak lengkap: {seconds} detik hilang</translation>
    </message>
    <message>
        <source>{what}; {acceptance}</source>
        <translation>{what}; {acceptance}</translation>
    </message>
    <message>
        <source>{what}; the earlier acceptance ({seconds} s) no longer covers it</source>
        <translation>{what}; penerimaan sebelumnya ({seconds} detik) tidak lagi mencakupnya</translation>
    </message>
    <message>
        <source>{what}; not accepted by a supervisor</source>
        <translation>{what}; belum diterima supervisor</translation>
    </message>
    <message>
        <source>Accepting an incomplete video</source>
        <translation>Menerima video tidak lengkap</translation>
    </message>
    <message>
        <source>Say why the incomplete video is accepted.</source>
        <translation>Sebutkan kenapa video tidak lengkap ini diterima.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>Alasannya terlalu panjang (paling banyak {most} karakter).</translation>
    </message>
    <message>
        <source>There is no order {order}.</source>
        <translation>Tidak ada pesanan {order}.</translation>
    </message>
    <message>
        <source>The video of order {order} is complete: nothing to accept.</source>
        <translation>Video pesanan {order} sudah lengkap: tidak ada yang perlu diterima.</translation>
    </message>
    <message>
        <source>The video of order {order} is already accepted.</source>
        <translation>Video pesanan {order} sudah diterima.</translation>
    </message>
    <message>
        <source>scan {barcode} ok ({picked}/{quantity})</source>
        <translation>pindai {barcode} benar ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} {verdict}</source>
        <translation>pindai {barcode} {verdict}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>weight {grams} g</source>
        <translation>berat {grams} g</translation>
    </message>
    <message>
        <source>label {tracking}</source>
        <translation>label {tracking}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>foto {kind}</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
</context>
<context>
    <name>VideoDecisionBar</name>
    <message>
        <source>Accept incomplete video…</source>
        <translation>Terima video tidak lengkap…</translation>
    </message>
    <message>
        <source>Checking the video…</source>
        <translation>Memeriksa video…</translation>
    </message>
    <message>
        <source>The video could not be checked (the log has the details).</source>
        <translation>Video tidak bisa diperiksa (detail ada di log).</translation>
    </message>
    <message>
        <source>Accept incomplete video</source>
        <translation>Terima video tidak lengkap</translation>
    </message>
    <message>
        <source>Why is the video of order {order} accepted as it is?</source>
        <translation>Kenapa video pesanan {order} diterima apa adanya?</translation>
    </message>
    <message>
        <source>the decision could not be saved (the log has the details)</source>
        <translation>keputusan tidak bisa disimpan (detail ada di log)</translation>
    </message>
    <message>
        <source>Not accepted: {reason}</source>
        <translation>Tidak diterima: {reason}</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>No video for this order.</source>
        <translation>Pesanan ini tidak punya video.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Putar</translation>
    </message>
    <message>
        <source>◀ frame</source>
        <translation>◀ bingkai</translation>
    </message>
    <message>
        <source>frame ▶</source>
        <translation>bingkai ▶</translation>
    </message>
    <message>
        <source>◀◀ event</source>
        <translation>◀◀ kejadian</translation>
    </message>
    <message>
        <source>event ▶▶</source>
        <translation>kejadian ▶▶</translation>
    </message>
    <message>
        <source>Export clip…</source>
        <translation>Ekspor klip…</translation>
    </message>
    <message numerus="yes">
        <source>Packing video {start}Z, {seconds} s, %n event(s)</source>
        <translation>
            <numerusform>Video pengemasan {start}Z, {seconds} detik, %n kejadian</numerusform>
        </translation>
    </message>
    <message>
        <source>VIDEO INCOMPLETE ({seconds} s missing)</source>
        <translation>VIDEO TIDAK LENGKAP ({seconds} detik hilang)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>{event} at {time}Z</source>
        <translation>{event} pukul {time}Z</translation>
    </message>
    <message>
        <source>Export clip</source>
        <translation>Ekspor klip</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip not exported (the log has the details).</source>
        <translation>Klip tidak diekspor (detail ada di log).</translation>
    </message>
</context>
</TS>
