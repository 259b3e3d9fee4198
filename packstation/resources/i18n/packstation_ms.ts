<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>AlertStrip</name>
    <message>
        <source>⚠ {alert}  (click when seen)</source>
        <translation>⚠ {alert}  (klik apabila sudah dilihat)</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>packstation daily digest {day}: {count} alert(s)</source>
        <translation>Ringkasan harian packstation {day}: {count} amaran</translation>
    </message>
    <message>
        <source>{count} delivery alerts: {title}, ...</source>
        <translation>{count} amaran penghantaran: {title}, ...</translation>
    </message>
    <message>
        <source>Low stock: {sku}</source>
        <translation>Stok rendah: {sku}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>Order {order} was cancelled; do not pack it.</source>
        <translation>Pesanan {order} telah dibatalkan; jangan bungkus.</translation>
    </message>
    <message>
        <source>Order {order} is being packed at another station.</source>
        <translation>Pesanan {order} sedang dibungkus di stesen lain.</translation>
    </message>
    <message>
        <source>Order {order} is being packed at station {station} until {time} UTC.</source>
        <translation>Pesanan {order} sedang dibungkus di stesen {station} sehingga {time} UTC.</translation>
    </message>
    <message>
        <source>offline: packing an order claimed ahead</source>
        <translation>luar talian: membungkus pesanan yang dituntut lebih awal</translation>
    </message>
    <message>
        <source>central store unreachable: order {order} was not claimed ahead by this station, so it cannot be packed offline. Take an order from the claimed-ahead list, or wait for the network.</source>
        <translation>stor pusat tidak dapat dihubungi: pesanan {order} tidak dituntut lebih awal oleh stesen ini, jadi ia tidak boleh dibungkus di luar talian. Ambil pesanan daripada senarai yang dituntut lebih awal, atau tunggu rangkaian.</translation>
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
        <translation>Tunjukkan kekunci pintas dan apa yang perlu dibuat dalam langkah ini</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Pesanan seterusnya</translation>
    </message>
    <message>
        <source>Take the most urgent order from the queue</source>
        <translation>Ambil pesanan paling segera dari giliran</translation>
    </message>
    <message>
        <source>OK / confirm</source>
        <translation>OK / sahkan</translation>
    </message>
    <message>
        <source>Accept the current step</source>
        <translation>Terima langkah ini</translation>
    </message>
    <message>
        <source>Undo scan</source>
        <translation>Batal imbasan</translation>
    </message>
    <message>
        <source>Undo the last accepted scan</source>
        <translation>Batal imbasan terakhir yang diterima</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>Capture a proof photo of the parcel</source>
        <translation>Ambil foto bukti bungkusan</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>Bungkusan baharu</translation>
    </message>
    <message>
        <source>Start another parcel for this order</source>
        <translation>Mula bungkusan lain untuk pesanan ini</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Cetak semula label</translation>
    </message>
    <message>
        <source>Print the shipping label again</source>
        <translation>Cetak label penghantaran sekali lagi</translation>
    </message>
    <message>
        <source>Hold order</source>
        <translation>Tahan pesanan</translation>
    </message>
    <message>
        <source>Put the order on hold: short pick, damage, weight</source>
        <translation>Tahan pesanan: barang kurang, rosak, berat</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Lepaskan tahanan</translation>
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
        <translation>Batalkan label penghantaran</translation>
    </message>
    <message>
        <source>Cancel / back</source>
        <translation>Batal / kembali</translation>
    </message>
    <message>
        <source>Close the prompt; the order stays where it is</source>
        <translation>Tutup kotak soalan; pesanan kekal di langkahnya</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <source>Log out of the station</source>
        <translation>Log keluar dari meja bungkus</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>Mod serahan kurier</translation>
    </message>
    <message>
        <source>Hand parcels to a courier: scan each one out</source>
        <translation>Serahkan bungkusan kepada kurier: imbas satu demi satu</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>Station commands</source>
        <translation>Arahan meja bungkus</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>Meja {name}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>halaman {page} daripada {pages}</translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation> (penyelia)</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>⚠ FRAGILE: pad every item</source>
        <translation>⚠ MUDAH PECAH: lapik setiap barang</translation>
    </message>
    <message>
        <source>Why put it on hold?</source>
        <translation>Kenapa ditahan?</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Hantar kepada</translation>
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
        <translation>tiada kurier</translation>
    </message>
    <message>
        <source>Buyer: {message}</source>
        <translation>Pembeli: {message}</translation>
    </message>
    <message>
        <source>Start picking</source>
        <translation>Mula ambil barang</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Kembali ke giliran</translation>
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
        <translation>Imbasan kurier</translation>
    </message>
    <message>
        <source>Lost: delivery failed too often</source>
        <translation>Hilang: terlalu kerap gagal dihantar</translation>
    </message>
    <message>
        <source>Lost: not delivered in time after order creation</source>
        <translation>Hilang: tidak dihantar dalam masa selepas pesanan dibuat</translation>
    </message>
    <message>
        <source>Delayed: past the delivery due time</source>
        <translation>Lewat: melepasi masa penghantaran</translation>
    </message>
    <message>
        <source>Carrier reported an exception</source>
        <translation>Kurier melaporkan masalah</translation>
    </message>
    <message>
        <source>No carrier scan after handover (pickup missed?)</source>
        <translation>Tiada imbasan kurier selepas serahan (tidak diambil?)</translation>
    </message>
    <message>
        <source>No tracking update: marketplace auto-cancel risk</source>
        <translation>Tiada kemas kini penjejakan: risiko dibatalkan automatik oleh pasaran</translation>
    </message>
    <message>
        <source>Delivered after a Lost verdict (reopened)</source>
        <translation>Dihantar selepas dinyatakan hilang (dibuka semula)</translation>
    </message>
    <message>
        <source>Seller appeal</source>
        <translation>Rayuan penjual</translation>
    </message>
    <message>
        <source>Carrier claim</source>
        <translation>Tuntutan kurier</translation>
    </message>
    <message>
        <source>Damaged (carrier scan)</source>
        <translation>Rosak (imbasan kurier)</translation>
    </message>
    <message>
        <source>Delivery failed (carrier scan)</source>
        <translation>Gagal dihantar (imbasan kurier)</translation>
    </message>
    <message>
        <source>Returned to sender (carrier scan)</source>
        <translation>Dipulangkan kepada pengirim (imbasan kurier)</translation>
    </message>
    <message>
        <source>Delayed (carrier scan)</source>
        <translation>Lewat (imbasan kurier)</translation>
    </message>
    <message>
        <source>{claim}: closed</source>
        <translation>{claim}: ditutup</translation>
    </message>
    <message>
        <source>{claim}: {days} d left</source>
        <translation>{claim}: baki {days} hari</translation>
    </message>
    <message>
        <source>{claim}: {hours} h left</source>
        <translation>{claim}: baki {hours} jam</translation>
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
        <translation>pengimbas</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>penimbang</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>pencetak</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>kamera</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>segerak</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>bersambung</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>terputus</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>menyambung semula</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ralat</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simulasi</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
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
        <translation>siap sedia</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>kertas habis</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>luar talian</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>rosak</translation>
    </message>
    <message>
        <source>scale address: {problem}</source>
        <translation>alamat penimbang: {problem}</translation>
    </message>
    <message>
        <source>no scale configured (scale = none); weights are entered by hand</source>
        <translation>tiada penimbang ditetapkan (scale = none); berat dimasukkan secara manual</translation>
    </message>
    <message>
        <source>scale answered: {reading} (raw {raw})</source>
        <translation>penimbang menjawab: {reading} (mentah {raw})</translation>
    </message>
    <message>
        <source>scale answered but reports a problem: {problem}</source>
        <translation>penimbang menjawab tetapi melaporkan masalah: {problem}</translation>
    </message>
    <message>
        <source>no weight from the scale within {seconds} s: {problem}</source>
        <translation>tiada berat daripada penimbang dalam {seconds} saat: {problem}</translation>
    </message>
    <message>
        <source>scanner address: {problem}</source>
        <translation>alamat pengimbas: {problem}</translation>
    </message>
    <message>
        <source>keyboard-wedge scanner: test it by scanning into the station&apos;s scan field</source>
        <translation>pengimbas papan kekunci: uji dengan mengimbas ke dalam ruang imbasan stesen</translation>
    </message>
    <message>
        <source>scanner not reachable: {problem}</source>
        <translation>pengimbas tidak dapat dicapai: {problem}</translation>
    </message>
    <message>
        <source>scanner read {code}</source>
        <translation>pengimbas membaca {code}</translation>
    </message>
    <message>
        <source>scanner sent something unusable: {problem}</source>
        <translation>pengimbas menghantar data yang tidak boleh digunakan: {problem}</translation>
    </message>
    <message>
        <source>scanner port opens, but no scan arrived within {seconds} s</source>
        <translation>port pengimbas dibuka, tetapi tiada imbasan dalam {seconds} saat</translation>
    </message>
    <message>
        <source>scanner port opens</source>
        <translation>port pengimbas dibuka</translation>
    </message>
    <message>
        <source>unknown device kind {kind}; use {kinds}</source>
        <translation>jenis peranti tidak dikenali {kind}; gunakan {kinds}</translation>
    </message>
    <message>
        <source>{device} at {url} did not answer within {seconds} s</source>
        <translation>{device} di {url} tidak menjawab dalam {seconds} saat</translation>
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
        <translation>klip kamera {path} tidak wujud</translation>
    </message>
    <message>
        <source>camera {url} opens no picture (unplugged, or used by another program?)</source>
        <translation>kamera {url} tidak memberi gambar (tercabut, atau digunakan program lain?)</translation>
    </message>
    <message>
        <source>camera gives {width}x{height} frames</source>
        <translation>kamera memberi bingkai {width}x{height}</translation>
    </message>
    <message>
        <source>printer address: {problem}</source>
        <translation>alamat pencetak: {problem}</translation>
    </message>
</context>
<context>
    <name>DeviceUrlBox</name>
    <message>
        <source>Configured now</source>
        <translation>Yang ditetapkan sekarang</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>Handover {id} for {carrier} resumed: {count}.</source>
        <translation>Serahan {id} untuk {carrier} disambung: {count}.</translation>
    </message>
    <message>
        <source>Dispatch mode: choose the carrier, or scan the courier&apos;s manifest barcode.</source>
        <translation>Mod serahan kurier: pilih kurier, atau imbas kod bar manifes kurier.</translation>
    </message>
    <message>
        <source> Handover {id} stays open.</source>
        <translation> Serahan {id} kekal terbuka.</translation>
    </message>
    <message>
        <source>Back to packing.</source>
        <translation>Kembali membungkus.</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>Pilih kurier dahulu (atau imbas kod bar manifes kurier).</translation>
    </message>
    <message>
        <source>Open handover resumed.</source>
        <translation>Serahan yang terbuka disambung.</translation>
    </message>
    <message>
        <source>{carrier}: type or scan the courier&apos;s name, then OK.</source>
        <translation>{carrier}: taip atau imbas nama kurier, kemudian OK.</translation>
    </message>
    <message>
        <source>Drop-off {id} open: scan each parcel&apos;s label.</source>
        <translation>Hantar sendiri {id} dibuka: imbas label setiap bungkusan.</translation>
    </message>
    <message>
        <source>Handover {id} open: scan each parcel&apos;s label.</source>
        <translation>Serahan {id} dibuka: imbas label setiap bungkusan.</translation>
    </message>
    <message>
        <source>Nothing was read: scan again.</source>
        <translation>Tiada yang dibaca: imbas semula.</translation>
    </message>
    <message>
        <source>That is a parcel&apos;s label: open the handover first (the courier&apos;s name, then OK), then scan the parcels.</source>
        <translation>Itu label bungkusan: buka serahan dahulu (nama kurier, kemudian OK), kemudian imbas bungkusan.</translation>
    </message>
    <message>
        <source>Courier: {name}</source>
        <translation>Kurier: {name}</translation>
    </message>
    <message>
        <source>Plate read.</source>
        <translation>Nombor plat dibaca.</translation>
    </message>
    <message>
        <source>This handover is closed: OK for a new one.</source>
        <translation>Serahan ini sudah ditutup: OK untuk yang baharu.</translation>
    </message>
    <message>
        <source>No handover is open: choose the carrier first.</source>
        <translation>Tiada serahan terbuka: pilih kurier dahulu.</translation>
    </message>
    <message>
        <source>Nothing scanned to take out.</source>
        <translation>Tiada yang diimbas untuk dikeluarkan.</translation>
    </message>
    <message>
        <source>{tracking} taken out of the handover.</source>
        <translation>{tracking} dikeluarkan daripada serahan.</translation>
    </message>
    <message>
        <source>No handover is open.</source>
        <translation>Tiada serahan terbuka.</translation>
    </message>
    <message>
        <source>Nothing is scanned yet: scan the parcels first.</source>
        <translation>Belum ada yang diimbas: imbas bungkusan dahulu.</translation>
    </message>
    <message>
        <source>order {order}: {parcels}</source>
        <translation>pesanan {order}: {parcels}</translation>
    </message>
    <message>
        <source>Orders not complete: scan their other parcels first ({rest}).</source>
        <translation>Pesanan belum lengkap: imbas bungkusan lain dahulu ({rest}).</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} not scanned: scan them, or OK to leave them behind.</source>
        <translation>{count} bungkusan untuk {carrier} belum diimbas: imbas, atau OK untuk tinggalkan.</translation>
    </message>
    <message>
        <source>Every waiting parcel is scanned. PHOTO: the parcels handed over.</source>
        <translation>Semua bungkusan yang menunggu sudah diimbas. PHOTO: foto bungkusan yang diserahkan.</translation>
    </message>
    <message>
        <source>{count} parcel(s) stay behind. PHOTO: the parcels.</source>
        <translation>{count} bungkusan kekal di sini. PHOTO: foto bungkusan.</translation>
    </message>
    <message>
        <source>New handover: choose the carrier.</source>
        <translation>Serahan baharu: pilih kurier.</translation>
    </message>
    <message>
        <source>Choose the carrier first.</source>
        <translation>Pilih kurier dahulu.</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>Pilih kurier.</translation>
    </message>
    <message>
        <source>Back to scanning.</source>
        <translation>Kembali mengimbas.</translation>
    </message>
    <message>
        <source>Press F12 to go back to packing.</source>
        <translation>Tekan F12 untuk kembali membungkus.</translation>
    </message>
    <message>
        <source>Photos are taken when closing: press OK when every parcel is scanned.</source>
        <translation>Foto diambil semasa menutup: tekan OK apabila semua bungkusan diimbas.</translation>
    </message>
    <message>
        <source>No camera at this station: the handover photos cannot be taken.</source>
        <translation>Tiada kamera di stesen ini: foto serahan tidak dapat diambil.</translation>
    </message>
    <message>
        <source>The camera gave no picture ({fault}); check it and press PHOTO again.</source>
        <translation>Kamera tidak memberi gambar ({fault}); periksa dan tekan PHOTO semula.</translation>
    </message>
    <message>
        <source>Photo of the {kind} taken.</source>
        <translation>Foto {kind} sudah diambil.</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name.</source>
        <translation>Kurier mesti menandatangani, atau taip namanya.</translation>
    </message>
    <message>
        <source>Acknowledged by {who}. OK to close the handover.</source>
        <translation>Disahkan oleh {who}. OK untuk menutup serahan.</translation>
    </message>
    <message>
        <source>Confirm the parcels left behind first (OK).</source>
        <translation>Sahkan bungkusan yang ditinggalkan dahulu (OK).</translation>
    </message>
    <message>
        <source>Summary not printed: {fault}</source>
        <translation>Ringkasan tidak dicetak: {fault}</translation>
    </message>
    <message>
        <source>Manifest {id} closed: {parcels} parcel(s), {orders} order(s) Shipped.</source>
        <translation>Manifes {id} ditutup: {parcels} bungkusan, {orders} pesanan Dihantar.</translation>
    </message>
    <message>
        <source>Handover {id} resumed.</source>
        <translation>Serahan {id} disambung.</translation>
    </message>
    <message>
        <source>Handover {id} is {state} ({count} parcels); choose the carrier for a new one.</source>
        <translation>Serahan {id} berstatus {state} ({count} bungkusan); pilih kurier untuk yang baharu.</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>tiada yang menunggu</translation>
    </message>
    <message>
        <source>No carrier in {code}: choose one ({known}).</source>
        <translation>Tiada kurier dalam {code}: pilih satu ({known}).</translation>
    </message>
    <message>
        <source>Log in first: dispatch needs a packer or a supervisor.</source>
        <translation>Log masuk dahulu: serahan perlukan pembungkus atau penyelia.</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>bungkusan</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>kurier</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>resit</translation>
    </message>
    <message>
        <source>{count} parcel(s) waiting</source>
        <translation>{count} bungkusan menunggu</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} perlu hari ini</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} LEWAT</translation>
    </message>
    <message>
        <source>open handover {id}</source>
        <translation>serahan terbuka {id}</translation>
    </message>
    <message>
        <source>Choose the carrier, or scan the courier&apos;s manifest barcode</source>
        <translation>Pilih kurier, atau imbas kod bar manifes kurier</translation>
    </message>
    <message>
        <source>Type or scan the {carrier} courier&apos;s name (and the vehicle plate), then OK</source>
        <translation>Taip atau imbas nama kurier {carrier} (dan nombor plat), kemudian OK</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s label · {count} · OK when every parcel is scanned</source>
        <translation>Imbas label setiap bungkusan · {count} · OK apabila semua diimbas</translation>
    </message>
    <message>
        <source>{count} parcel(s) left behind: scan them, or OK to leave them</source>
        <translation>{count} bungkusan tertinggal: imbas, atau OK untuk tinggalkan</translation>
    </message>
    <message>
        <source>At the drop-off point? PHOTO: the carrier&apos;s receipt, then OK</source>
        <translation>Di tempat hantar? PHOTO: resit kurier, kemudian OK</translation>
    </message>
    <message>
        <source>OK to close the drop-off: the orders become Shipped</source>
        <translation>OK untuk menutup hantaran: pesanan menjadi Dihantar</translation>
    </message>
    <message>
        <source>PHOTO: the parcels handed over</source>
        <translation>PHOTO: foto bungkusan yang diserahkan</translation>
    </message>
    <message>
        <source>The courier signs on the pad, or types their name</source>
        <translation>Kurier menandatangani pada pad, atau taip namanya</translation>
    </message>
    <message>
        <source>OK to close the handover: the orders become Shipped</source>
        <translation>OK untuk menutup serahan: pesanan menjadi Dihantar</translation>
    </message>
    <message>
        <source>Manifest {id} closed · OK for a new handover, F12 to leave dispatch</source>
        <translation>Manifes {id} ditutup · OK untuk serahan baharu, F12 untuk keluar</translation>
    </message>
    <message>
        <source>Summary not printed: the label printer is a desktop printer (the manifest PDF has it all).</source>
        <translation>Ringkasan tidak dicetak: pencetak label ialah pencetak dokumen (PDF manifes sudah memuatkan semuanya).</translation>
    </message>
    <message>
        <source>Summary printed on the label printer.</source>
        <translation>Ringkasan dicetak pada pencetak label.</translation>
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
        <translation>{count} bungkusan menunggu</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} LEWAT</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} perlu hari ini</translation>
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
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Staged parcels</source>
        <translation>Bungkusan menunggu</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Perlu hari ini</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <source>Handed over today</source>
        <translation>Diserahkan hari ini</translation>
    </message>
    <message>
        <source>Open handovers</source>
        <translation>Serahan terbuka</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja bungkus</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Diambil sebelum</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>Dihantar sebelum</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Baki masa</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} j {minutes} m</translation>
    </message>
    <message>
        <source>LATE {time}</source>
        <translation>LEWAT {time}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat semula</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Staged orders, most urgent collection first</source>
        <translation>Pesanan menunggu, pengambilan paling mendesak dahulu</translation>
    </message>
    <message>
        <source>Reading the dispatch board…</source>
        <translation>Membaca papan penghantaran…</translation>
    </message>
    <message>
        <source>The dispatch board could not be read (the log has the details).</source>
        <translation>Papan penghantaran tidak dapat dibaca (butiran dalam log).</translation>
    </message>
    <message numerus="yes">
        <source>%n staged order(s)</source>
        <translation>
            <numerusform>%n pesanan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} late · as of {time}</source>
        <translation>{late} lewat · pada {time}</translation>
    </message>
    <message>
        <source>Select a staged order first.</source>
        <translation>Pilih dahulu pesanan yang menunggu.</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>parcels</source>
        <translation>bungkusan</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>kurier</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>resit</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Serahan kurier</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>Nama kurier</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>Nombor plat (pilihan)</translation>
    </message>
    <message>
        <source>Open handover</source>
        <translation>Buka serahan</translation>
    </message>
    <message>
        <source>Drop-off: we take them to the carrier</source>
        <translation>Hantar sendiri: kita bawa ke kurier</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>…or the courier types their name</source>
        <translation>…atau kurier taip namanya</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Padam tandatangan</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>Tutup serahan</translation>
    </message>
    <message>
        <source>The courier signs:</source>
        <translation>Kurier menandatangani:</translation>
    </message>
    <message>
        <source> · courier {name}</source>
        <translation> · kurier {name}</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>pilih kurier</translation>
    </message>
    <message>
        <source>Dispatch · {carrier}</source>
        <translation>Serahan kurier · {carrier}</translation>
    </message>
    <message>
        <source>✔ Manifest {manifest}: {parcels}, {orders} Shipped.</source>
        <translation>✔ Manifes {manifest}: {parcels}, {orders} Dihantar.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n bungkusan</numerusform>
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
        <translation>Tiada bungkusan sedia: imbas kod bar manifes kurier atau taip kuriernya</translation>
    </message>
    <message>
        <source>order {order} · parcel {number}</source>
        <translation>pesanan {order} · bungkusan {number}</translation>
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
        <translation>disahkan: kekal di sini</translation>
    </message>
    <message>
        <source>scan them, or OK to leave them</source>
        <translation>imbas, atau OK untuk tinggalkan</translation>
    </message>
    <message>
        <source>Left behind for {carrier} ({count}): {state}</source>
        <translation>Tertinggal untuk {carrier} ({count}): {state}</translation>
    </message>
    <message>
        <source>Nothing left behind for this carrier.</source>
        <translation>Tiada yang tertinggal untuk kurier ini.</translation>
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
        <translation>Foto hantaran: {taken} (PHOTO: resit daripada kurier)</translation>
    </message>
    <message>
        <source>Take photo of the receipt</source>
        <translation>Foto resit</translation>
    </message>
    <message>
        <source>Handover photos: {taken} (PHOTO: the parcels, then the courier with them)</source>
        <translation>Foto serahan: {taken} (PHOTO: bungkusan, kemudian kurier bersama bungkusan)</translation>
    </message>
    <message>
        <source>Take photo of the courier</source>
        <translation>Foto kurier</translation>
    </message>
    <message>
        <source>Take photo of the parcels</source>
        <translation>Foto bungkusan</translation>
    </message>
    <message>
        <source>Close handover (acknowledged: {who})</source>
        <translation>Tutup serahan (disahkan: {who})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Handover photo</source>
        <translation>Foto serahan</translation>
    </message>
    <message>
        <source>Take last parcel out</source>
        <translation>Keluarkan bungkusan terakhir</translation>
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
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Penjejakan</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✔ Order done</source>
        <translation>✔ Pesanan siap</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Pesanan seterusnya</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Kembali ke giliran</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>UnitScanned</source>
        <translation>Barang diimbas</translation>
    </message>
    <message>
        <source>ScanRejected</source>
        <translation>Imbasan ditolak</translation>
    </message>
    <message>
        <source>ScanUndone</source>
        <translation>Imbasan dibatalkan</translation>
    </message>
    <message>
        <source>OrderPicked</source>
        <translation>Pesanan selesai diambil</translation>
    </message>
    <message>
        <source>ParcelWeighed</source>
        <translation>Bungkusan ditimbang</translation>
    </message>
    <message>
        <source>WeightOverridden</source>
        <translation>Berat diterima</translation>
    </message>
    <message>
        <source>OrderPacked</source>
        <translation>Pesanan dibungkus</translation>
    </message>
    <message>
        <source>LabelPrinted</source>
        <translation>Label dicetak</translation>
    </message>
    <message>
        <source>LabelReprinted</source>
        <translation>Label dicetak semula</translation>
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
        <translation>Pesanan menunggu kurier</translation>
    </message>
    <message>
        <source>LabelStepReopened</source>
        <translation>Langkah label dibuka semula</translation>
    </message>
    <message>
        <source>CarrierStatusChanged</source>
        <translation>Status kurier berubah</translation>
    </message>
    <message>
        <source>DeliveryStatusSet</source>
        <translation>Status penghantaran ditetapkan</translation>
    </message>
    <message>
        <source>DeliveryProofKept</source>
        <translation>Bukti penghantaran disimpan</translation>
    </message>
    <message>
        <source>OrderShipped</source>
        <translation>Pesanan dihantar</translation>
    </message>
    <message>
        <source>HandoverOpened</source>
        <translation>Serahan dibuka</translation>
    </message>
    <message>
        <source>ParcelScannedOut</source>
        <translation>Bungkusan diimbas keluar</translation>
    </message>
    <message>
        <source>HandoverScanRefused</source>
        <translation>Imbasan serahan ditolak</translation>
    </message>
    <message>
        <source>PartialHandoverAllowed</source>
        <translation>Serahan sebahagian dibenarkan</translation>
    </message>
    <message>
        <source>HandoverClosed</source>
        <translation>Serahan ditutup</translation>
    </message>
    <message>
        <source>HandoverAbandoned</source>
        <translation>Serahan dibatalkan</translation>
    </message>
    <message>
        <source>ShipmentReported</source>
        <translation>Penghantaran dilaporkan</translation>
    </message>
    <message>
        <source>ShipmentRefused</source>
        <translation>Laporan penghantaran ditolak</translation>
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
        <translation>Pesanan diimport</translation>
    </message>
    <message>
        <source>OrderUpdated</source>
        <translation>Pesanan dikemas kini</translation>
    </message>
    <message>
        <source>OrderCancelled</source>
        <translation>Pesanan dibatalkan</translation>
    </message>
    <message>
        <source>OrderConfirmed</source>
        <translation>Pesanan disahkan</translation>
    </message>
    <message>
        <source>OrderRequeued</source>
        <translation>Pesanan kembali ke baris gilir</translation>
    </message>
    <message>
        <source>OrderHeld</source>
        <translation>Pesanan ditahan</translation>
    </message>
    <message>
        <source>OrderReleased</source>
        <translation>Pesanan dilepaskan</translation>
    </message>
    <message>
        <source>DisputeFlagged</source>
        <translation>Pertikaian ditanda</translation>
    </message>
    <message>
        <source>FlagCleared</source>
        <translation>Tanda dibuang</translation>
    </message>
    <message>
        <source>AlertRaised</source>
        <translation>Amaran dibuat</translation>
    </message>
    <message>
        <source>ReturnAnnounced</source>
        <translation>Pemulangan dimaklumkan</translation>
    </message>
    <message>
        <source>ReturnOpened</source>
        <translation>Pemulangan dibuka</translation>
    </message>
    <message>
        <source>ReturnRefusedScan</source>
        <translation>Imbasan pemulangan ditolak</translation>
    </message>
    <message>
        <source>ReturnWeighed</source>
        <translation>Pemulangan ditimbang</translation>
    </message>
    <message>
        <source>ReturnPhotoTaken</source>
        <translation>Foto pemulangan diambil</translation>
    </message>
    <message>
        <source>ReturnUnitChecked</source>
        <translation>Barang pulangan diperiksa</translation>
    </message>
    <message>
        <source>ReturnReceived</source>
        <translation>Pemulangan diterima</translation>
    </message>
    <message>
        <source>ReturnUnitGraded</source>
        <translation>Barang pulangan dinilai</translation>
    </message>
    <message>
        <source>ReturnUnitDecided</source>
        <translation>Barang pulangan diputuskan</translation>
    </message>
    <message>
        <source>StockDecided</source>
        <translation>Keputusan stok</translation>
    </message>
    <message>
        <source>VideoRecorded</source>
        <translation>Video dirakam</translation>
    </message>
    <message>
        <source>VideoIncomplete</source>
        <translation>Video tidak lengkap</translation>
    </message>
    <message>
        <source>VideoPurged</source>
        <translation>Video dipadam</translation>
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
        <translation>Pek bukti, pesanan {order}: halaman {page}/{pages}</translation>
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
        <translation>Tiada rekod.</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>fail hilang</translation>
    </message>
    <message>
        <source>image cannot be shown: {error}</source>
        <translation>imej tidak boleh dipaparkan: {error}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>disahkan</translation>
    </message>
    <message>
        <source>Photo {n}: {kind} (parcel {parcel}), {state}</source>
        <translation>Foto {n}: {kind} (bungkusan {parcel}), {state}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Station / chain</source>
        <translation>Meja bungkus / rantai</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pembungkus</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Label visible</source>
        <translation>Label kelihatan</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Hash rekod</translation>
    </message>
    <message>
        <source>Accepted without label</source>
        <translation>Diterima tanpa label</translation>
    </message>
    <message>
        <source>Unstamped original SHA-256</source>
        <translation>SHA-256 asal tanpa cap</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>The order record is no longer in the store; its photos follow.</source>
        <translation>Rekod pesanan tiada lagi dalam stor; fotonya menyusul di bawah.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>ID pesanan</translation>
    </message>
    <message>
        <source>Channel / status</source>
        <translation>Saluran / status</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Penjejakan</translation>
    </message>
    <message>
        <source>Paid / ship by</source>
        <translation>Dibayar / hantar sebelum</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>Dibungkus di</translation>
    </message>
    <message>
        <source>station {station}, packer {packer}</source>
        <translation>meja {station}, pembungkus {packer}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bendera</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>Mesej pembeli</translation>
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
        <translation>Telefon</translation>
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
        <translation>Kuantiti</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Garis masa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja bungkus</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Imbasan</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Diimbas</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Parcels and weights</source>
        <translation>Bungkusan dan berat</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Expected g</source>
        <translation>Dijangka (g)</translation>
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
        <translation>tiada pratonton PNG bagi label ini</translation>
    </message>
    <message>
        <source>Label, parcel {number} ({tracking})</source>
        <translation>Label, bungkusan {number} ({tracking})</translation>
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
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Penghantar</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Nombor plat</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Parcels in manifest</source>
        <translation>Bungkusan dalam manifes</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diakui oleh</translation>
    </message>
    <message>
        <source>Manifest PDF SHA-256</source>
        <translation>SHA-256 PDF manifes</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 kandungan</translation>
    </message>
    <message>
        <source>The manifest PDF is in this pack (handover/); the handover photos are among the photos above.</source>
        <translation>PDF manifes ada dalam pek ini (handover/); foto serahan ada antara foto di atas.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Pengesahan</translation>
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
        <translation>Butiran</translation>
    </message>
    <message>
        <source>Proof photos</source>
        <translation>Foto bukti</translation>
    </message>
    <message>
        <source>Evidence pack: order {order}</source>
        <translation>Pek bukti: pesanan {order}</translation>
    </message>
    <message>
        <source>all photos verified</source>
        <translation>semua foto disahkan</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED</source>
        <translation>PENGESAHAN GAGAL</translation>
    </message>
    <message>
        <source>Generated {time} UTC. {photos} proof photo(s), {verdict}.</source>
        <translation>Dijana {time} UTC. {photos} foto bukti, {verdict}.</translation>
    </message>
    <message>
        <source>No proof photos were taken.</source>
        <translation>Tiada foto bukti diambil.</translation>
    </message>
    <message>
        <source>Handover to the carrier</source>
        <translation>Serahan kepada kurier</translation>
    </message>
    <message>
        <source>OK: {photos} photo records and {files} files verified</source>
        <translation>OK: {photos} rekod foto dan {files} fail disahkan</translation>
    </message>
    <message>
        <source>FAILED: {bad} of {photos} photos have problems ({findings} findings)</source>
        <translation>GAGAL: {bad} daripada {photos} foto bermasalah ({findings} penemuan)</translation>
    </message>
    <message>
        <source>record #{seq} was edited after it was written</source>
        <translation>rekod #{seq} diubah selepas ditulis</translation>
    </message>
    <message>
        <source>record {records} before #{seq} was removed</source>
        <translation>rekod {records} sebelum #{seq} telah dibuang</translation>
    </message>
    <message>
        <source>record #{seq} was written as the first of the chain: records reordered</source>
        <translation>rekod #{seq} ditulis sebagai yang pertama dalam rantai: susunan rekod diubah</translation>
    </message>
    <message>
        <source>record #{seq} was written after #{other} ({id}): records reordered</source>
        <translation>rekod #{seq} ditulis selepas #{other} ({id}): susunan rekod diubah</translation>
    </message>
    <message>
        <source>record #{seq} does not link to the start of the chain</source>
        <translation>rekod #{seq} tidak bersambung ke permulaan rantai</translation>
    </message>
    <message>
        <source>record #{seq} does not link to record #{other}</source>
        <translation>rekod #{seq} tidak bersambung ke rekod #{other}</translation>
    </message>
    <message>
        <source>record #{seq} was rewritten: #{other} recorded a different hash for it</source>
        <translation>rekod #{seq} ditulis semula: #{other} merekodkan hash yang berbeza untuknya</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>unstamped original</source>
        <translation>asal tanpa cap</translation>
    </message>
    <message>
        <source>{what} key {key} is not valid</source>
        <translation>kunci {what} {key} tidak sah</translation>
    </message>
    <message>
        <source>{what} file {key} is missing</source>
        <translation>fail {what} {key} hilang</translation>
    </message>
    <message>
        <source>{what} file changed: SHA-256 {actual}…, recorded {recorded}…</source>
        <translation>fail {what} berubah: SHA-256 {actual}…, direkodkan {recorded}…</translation>
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
        <translation>Apa yang berlaku</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Claim windows</source>
        <translation>Tempoh tuntutan</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat semula</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Buka pesanan</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Eksport pek bukti</translation>
    </message>
    <message>
        <source>Checking shipments…</source>
        <translation>Menyemak penghantaran…</translation>
    </message>
    <message>
        <source>The exceptions board could not be read (the log has the details).</source>
        <translation>Papan masalah tidak dapat dibaca (butiran dalam log).</translation>
    </message>
    <message>
        <source>On-time deliveries per week (%)</source>
        <translation>Penghantaran tepat masa setiap minggu (%)</translation>
    </message>
    <message>
        <source>Exceptions per week</source>
        <translation>Masalah setiap minggu</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) in exception or at risk</source>
        <translation>
            <numerusform>%n penghantaran bermasalah atau berisiko</numerusform>
        </translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>berisiko</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Pilih pesanan dahulu.</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>Pilih dahulu pesanan untuk dieksport.</translation>
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
        <translation>cth. admin</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nama penuh</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 hingga 12 digit</translation>
    </message>
    <message>
        <source>optional: scan a badge into this field</source>
        <translation>pilihan: imbas lencana ke ruangan ini</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>Cipta pentadbir</translation>
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
        <translation>Lencana</translation>
    </message>
    <message>
        <source>New station: create the first admin</source>
        <translation>Meja baharu: cipta pentadbir pertama</translation>
    </message>
    <message>
        <source>The admin adds packers and supervisors afterwards.</source>
        <translation>Pentadbir menambah pembungkus dan penyelia kemudian.</translation>
    </message>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>isi ID pengguna, nama dan PIN, kemudian Cipta pentadbir</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag order {order}</source>
        <translation>Tanda pesanan {order}</translation>
    </message>
    <message>
        <source>What is disputed about order &lt;b&gt;{order}&lt;/b&gt;? (buyer claim, carrier denial, ...)</source>
        <translation>Apa yang dipertikaikan pada pesanan &lt;b&gt;{order}&lt;/b&gt;? (tuntutan pembeli, penolakan kurier, ...)</translation>
    </message>
    <message>
        <source>e.g. Buyer says the parcel arrived empty; claim #12345</source>
        <translation>cth. Pembeli kata bungkusan tiba kosong; tuntutan #12345</translation>
    </message>
    <message>
        <source>Flag dispute</source>
        <translation>Tanda pertikaian</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>That did not work; the order stays where it was. Try again, or call a supervisor.</source>
        <translation>Tidak berjaya; pesanan kekal di tempatnya. Cuba lagi, atau panggil penyelia.</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>Giliran tidak dapat dibaca</translation>
    </message>
    <message>
        <source>The held orders could not be read</source>
        <translation>Pesanan yang ditahan tidak dapat dibaca</translation>
    </message>
    <message>
        <source>{trouble}. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{trouble}. Cuba lagi; jika masih gagal, panggil penyelia.</translation>
    </message>
    <message>
        <source>The supervisor check failed</source>
        <translation>Semakan penyelia gagal</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} of {expected} for {carrier} today</source>
        <translation>{count} daripada {expected} untuk {carrier} hari ini</translation>
    </message>
    <message>
        <source> in manifest {id}</source>
        <translation> dalam manifes {id}</translation>
    </message>
    <message>
        <source>Already handed over{where}: order {order} shipped. Put this parcel aside and tell a supervisor.</source>
        <translation>Sudah diserahkan{where}: pesanan {order} dihantar. Asingkan bungkusan ini dan beritahu penyelia.</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not hand it over: take the parcel back, unpack it and return the items to stock.</source>
        <translation>BERHENTI: pesanan {order} dibatalkan. Jangan serahkan: bawa bungkusan balik, buka dan pulangkan barang ke stok.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tiada sebab diberi</translation>
    </message>
    <message>
        <source>Order {order} is on hold ({reason}). Keep the parcel back; a supervisor must release it.</source>
        <translation>Pesanan {order} ditahan ({reason}). Simpan bungkusan; penyelia mesti melepaskannya.</translation>
    </message>
    <message>
        <source>This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench and print its new label.</source>
        <translation>Label ini ({tracking}) dibatalkan. Jangan serahkan: bawa bungkusan ke meja bungkus dan cetak label baharu.</translation>
    </message>
    <message>
        <source>Parcel {number} of order {order} has no label. Take it back to a bench to print one.</source>
        <translation>Bungkusan {number} pesanan {order} tiada label. Bawa ke meja bungkus untuk mencetaknya.</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos. Take it back to a bench to photograph it (or a supervisor waives them).</source>
        <translation>Pesanan {order} tiada foto bukti. Bawa ke meja bungkus untuk difoto (atau penyelia mengecualikannya).</translation>
    </message>
    <message>
        <source>WRONG CARRIER: this parcel goes with {right}, not {carrier}. Do not give it to this courier; put it back with {back}.</source>
        <translation>KURIER SALAH: bungkusan ini untuk {right}, bukan {carrier}. Jangan beri kepada kurier ini; letak semula bersama {back}.</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>tiada kurier</translation>
    </message>
    <message>
        <source>the unassigned parcels</source>
        <translation>bungkusan yang belum ada kurier</translation>
    </message>
    <message>
        <source>Parcel already scanned into handover {id}, still open. Close or cancel that handover first.</source>
        <translation>Bungkusan sudah diimbas ke serahan {id} yang masih terbuka. Tutup atau batalkan dahulu.</translation>
    </message>
    <message>
        <source>Order {order} is on hold. Keep the parcel back; a supervisor must release it.</source>
        <translation>Pesanan {order} ditahan. Simpan bungkusan; penyelia mesti melepaskannya.</translation>
    </message>
    <message>
        <source>Already handed over: order {order} is {status}. Put this parcel aside and tell a supervisor.</source>
        <translation>Sudah diserahkan: pesanan {order} berstatus {status}. Asingkan bungkusan ini dan beritahu penyelia.</translation>
    </message>
    <message>
        <source>Order {order} is {status}: its label was never printed. Take it back to a bench to finish it.</source>
        <translation>Pesanan {order} berstatus {status}: labelnya belum pernah dicetak. Bawa ke meja bungkus untuk disiapkan.</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos yet. Take it back to a bench to photograph it.</source>
        <translation>Pesanan {order} belum ada foto bukti. Bawa ke meja bungkus untuk difoto.</translation>
    </message>
    <message>
        <source>Order {order} is {status}, not staged for pickup. Finish it at the bench first.</source>
        <translation>Pesanan {order} berstatus {status}, belum sedia diambil. Siapkan di meja bungkus dahulu.</translation>
    </message>
    <message>
        <source>Nothing was read: scan the parcel&apos;s label again.</source>
        <translation>Tiada yang dibaca: imbas label bungkusan semula.</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no staged order has this label. Put it aside for a supervisor (or sync, if it was packed at another station).</source>
        <translation>Bungkusan tidak dikenali {code}: tiada pesanan sedia dengan label ini. Asingkan untuk penyelia (atau segerak, jika dibungkus di stesen lain).</translation>
    </message>
    <message>
        <source>A handover is a pickup or a dropoff, not {kind}.</source>
        <translation>Serahan ialah pungutan atau hantar sendiri, bukan {kind}.</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>Pilih kurier dahulu (atau imbas kod bar manifes kurier).</translation>
    </message>
    <message>
        <source>Type or scan the courier&apos;s name.</source>
        <translation>Taip atau imbas nama kurier.</translation>
    </message>
    <message>
        <source>No handover {id}.</source>
        <translation>Tiada serahan {id}.</translation>
    </message>
    <message>
        <source>Handover {id} is {state}; open a new one for more parcels.</source>
        <translation>Serahan {id} berstatus {state}; buka yang baharu untuk bungkusan lain.</translation>
    </message>
    <message>
        <source>Already in this handover: order {order} parcel {number}.</source>
        <translation>Sudah ada dalam serahan ini: pesanan {order} bungkusan {number}.</translation>
    </message>
    <message>
        <source>Parcel {number} of {total} of order {order} added. Still to scan for this order: {rest}.</source>
        <translation>Bungkusan {number} daripada {total} pesanan {order} ditambah. Masih perlu diimbas: {rest}.</translation>
    </message>
    <message>
        <source>Order {order}: all {total} parcels added. {count}.</source>
        <translation>Pesanan {order}: semua {total} bungkusan ditambah. {count}.</translation>
    </message>
    <message>
        <source>Order {order}: parcel added. {count}.</source>
        <translation>Pesanan {order}: bungkusan ditambah. {count}.</translation>
    </message>
    <message>
        <source>{tracking} is not in handover {id}.</source>
        <translation>{tracking} tiada dalam serahan {id}.</translation>
    </message>
    <message>
        <source>Handing over part of an order</source>
        <translation>Menyerahkan sebahagian pesanan</translation>
    </message>
    <message>
        <source>Say why only part of the order goes.</source>
        <translation>Nyatakan kenapa hanya sebahagian pesanan dihantar.</translation>
    </message>
    <message>
        <source>No parcel of order {order} is in this handover.</source>
        <translation>Tiada bungkusan pesanan {order} dalam serahan ini.</translation>
    </message>
    <message>
        <source>Cancelling a handover</source>
        <translation>Membatalkan serahan</translation>
    </message>
    <message>
        <source>Say why the handover is cancelled.</source>
        <translation>Nyatakan kenapa serahan dibatalkan.</translation>
    </message>
    <message>
        <source>Handover {id} was cancelled; open a new one.</source>
        <translation>Serahan {id} dibatalkan; buka yang baharu.</translation>
    </message>
    <message>
        <source>Nothing was scanned into handover {id}: scan the parcels first.</source>
        <translation>Belum ada yang diimbas ke serahan {id}: imbas bungkusan dahulu.</translation>
    </message>
    <message>
        <source>order {order}: {rest}</source>
        <translation>pesanan {order}: {rest}</translation>
    </message>
    <message>
        <source>Some orders are not complete; scan their other parcels (or a supervisor allows a partial handover): {orders}.</source>
        <translation>Sesetengah pesanan belum lengkap; imbas bungkusan yang lain (atau penyelia membenarkan serahan sebahagian): {orders}.</translation>
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
        <translation>{count} bungkusan untuk {carrier} belum diimbas: {names}. Imbas, atau sahkan ia ditinggalkan.</translation>
    </message>
    <message>
        <source>Take a photo of the drop-off receipt to close this drop-off.</source>
        <translation>Foto resit hantaran untuk menutup hantaran ini.</translation>
    </message>
    <message>
        <source>Take the handover photos: the parcels handed over, and the courier with them.</source>
        <translation>Ambil foto serahan: bungkusan yang diserahkan, dan kurier bersama bungkusan.</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name, to acknowledge the parcels.</source>
        <translation>Kurier mesti menandatangani, atau taip namanya, untuk mengesahkan bungkusan.</translation>
    </message>
    <message>
        <source>STOP: order(s) {orders} were cancelled centrally. Take their parcels back (remove them from the handover) before closing.</source>
        <translation>BERHENTI: pesanan {orders} dibatalkan dari pusat. Ambil balik bungkusannya (keluarkan daripada serahan) sebelum menutup.</translation>
    </message>
    <message>
        <source>The handover changed while it was closing; close it again.</source>
        <translation>Serahan berubah semasa ditutup; tutup semula.</translation>
    </message>
    <message>
        <source>The signature could not be read; ask the courier to sign again.</source>
        <translation>Tandatangan tidak dapat dibaca; minta kurier tandatangan semula.</translation>
    </message>
    <message>
        <source>Handover {id} is still open: its manifest is written at closing.</source>
        <translation>Serahan {id} masih terbuka: manifesnya ditulis semasa ditutup.</translation>
    </message>
    <message>
        <source>Handover {id} is closed; open a new one for more parcels.</source>
        <translation>Serahan {id} sudah ditutup; buka yang baharu untuk bungkusan lain.</translation>
    </message>
    <message>
        <source>Handover {id} is abandoned; open a new one for more parcels.</source>
        <translation>Serahan {id} dibatalkan; buka yang baharu untuk bungkusan lain.</translation>
    </message>
</context>
<context>
    <name>HandoverKind</name>
    <message>
        <source>pickup</source>
        <translation>pungutan</translation>
    </message>
    <message>
        <source>dropoff</source>
        <translation>hantar sendiri</translation>
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
        <translation>pembungkusan</translation>
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
        <translation>PIN penyelia, atau imbas lencana penyelia</translation>
    </message>
    <message>
        <source>note for the record: why</source>
        <translation>catatan rekod: kenapa</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Penyelia</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled</source>
        <translation>BERHENTI: pesanan {order} telah dibatalkan</translation>
    </message>
    <message>
        <source>Unpack it and return the items to stock.</source>
        <translation>Buka bungkusan dan pulangkan barang ke stok.</translation>
    </message>
    <message>
        <source>Order {order} is on hold</source>
        <translation>Pesanan {order} ditahan</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>Taip catatan: kenapa ini diterima?</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Kembali ke giliran</translation>
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
        <translation>Hantar balik ke {step}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Set up this station</source>
        <translation>Sediakan stesen ini</translation>
    </message>
    <message>
        <source>Nobody can log in yet. Type your name, a short user id (like ada) and a PIN.</source>
        <translation>Belum ada sesiapa boleh log masuk. Taip nama, id pengguna ringkas (seperti ada) dan PIN.</translation>
    </message>
    <message>
        <source>Press Create admin. Then log in and press Ctrl+P to add packers and supervisors.</source>
        <translation>Tekan Cipta admin. Kemudian log masuk dan tekan Ctrl+P untuk menambah pembungkus dan penyelia.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>Scan your badge with the scanner, or type your PIN and press Enter.</source>
        <translation>Imbas lencana dengan pengimbas, atau taip PIN dan tekan Enter.</translation>
    </message>
    <message>
        <source>No badge or PIN yet? Ask a supervisor to add you (Ctrl+P).</source>
        <translation>Belum ada lencana atau PIN? Minta penyelia tambah anda (Ctrl+P).</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Pilih pesanan</translation>
    </message>
    <message>
        <source>Scan the barcode on the pick list, or press {key} to take the most urgent order.</source>
        <translation>Imbas kod bar pada senarai ambil, atau tekan {key} untuk pesanan paling mendesak.</translation>
    </message>
    <message>
        <source>Red rows are late, orange rows are due soon.</source>
        <translation>Baris merah sudah lewat, baris oren hampir tiba masanya.</translation>
    </message>
    <message>
        <source>Another packer&apos;s badge switches the station to them.</source>
        <translation>Lencana pembungkus lain menukar stesen kepada mereka.</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Semak pesanan</translation>
    </message>
    <message>
        <source>Check the items and the address on screen.</source>
        <translation>Semak barang dan alamat di skrin.</translation>
    </message>
    <message>
        <source>Scan the first item to start picking (or press {key}).</source>
        <translation>Imbas barang pertama untuk mula mengambil (atau tekan {key}).</translation>
    </message>
    <message>
        <source>Pick every item</source>
        <translation>Ambil semua barang</translation>
    </message>
    <message>
        <source>Scan each item once: the list shows how many are still missing.</source>
        <translation>Imbas setiap barang sekali: senarai menunjukkan berapa yang masih kurang.</translation>
    </message>
    <message>
        <source>Red means wrong item: put it back. Scanned one twice? Press {undo} to undo.</source>
        <translation>Merah bermaksud barang salah: letak balik. Terimbas dua kali? Tekan {undo} untuk batal.</translation>
    </message>
    <message>
        <source>Something missing? Press {hold}: a supervisor decides.</source>
        <translation>Ada yang kurang? Tekan {hold}: penyelia akan putuskan.</translation>
    </message>
    <message>
        <source>Pack and weigh</source>
        <translation>Bungkus dan timbang</translation>
    </message>
    <message>
        <source>Use the box shown (or scan another box&apos;s code).</source>
        <translation>Guna kotak yang ditunjukkan (atau imbas kod kotak lain).</translation>
    </message>
    <message>
        <source>Put the closed parcel on the scale; when the weight is steady press {key}.</source>
        <translation>Letak bungkusan yang sudah ditutup di atas penimbang; apabila berat stabil tekan {key}.</translation>
    </message>
    <message>
        <source>More than one box? Press {key} for another parcel.</source>
        <translation>Lebih daripada satu kotak? Tekan {key} untuk bungkusan lain.</translation>
    </message>
    <message>
        <source>Label the parcel</source>
        <translation>Labelkan bungkusan</translation>
    </message>
    <message>
        <source>The label prints by itself. Stick it flat on the top of the parcel.</source>
        <translation>Label dicetak sendiri. Lekatkan rata di atas bungkusan.</translation>
    </message>
    <message>
        <source>Press {key} when it is on. Bad print? Press {reprint}.</source>
        <translation>Tekan {key} apabila sudah dilekat. Cetakan rosak? Tekan {reprint}.</translation>
    </message>
    <message>
        <source>Photograph the parcel</source>
        <translation>Ambil foto bungkusan</translation>
    </message>
    <message>
        <source>Hold the labelled parcel under the camera so the label can be read.</source>
        <translation>Pegang bungkusan berlabel di bawah kamera supaya label boleh dibaca.</translation>
    </message>
    <message>
        <source>Press {key} for each photo the screen asks for.</source>
        <translation>Tekan {key} untuk setiap foto yang diminta skrin.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Put the parcel on the shelf for its carrier.</source>
        <translation>Letak bungkusan di rak kuriernya.</translation>
    </message>
    <message>
        <source>Press {key} for the next order.</source>
        <translation>Tekan {key} untuk pesanan seterusnya.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Ditahan</translation>
    </message>
    <message>
        <source>This order waits for a supervisor. Call one: they type their PIN or scan their badge, add a note, and release it or accept it as it is.</source>
        <translation>Pesanan ini menunggu penyelia. Panggil seorang: taip PIN atau imbas lencana, tambah nota, kemudian lepaskan atau terima seadanya.</translation>
    </message>
    <message>
        <source>Press {key} to go back to the queue meanwhile.</source>
        <translation>Sementara itu tekan {key} untuk kembali ke giliran.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Choose each device from its list and press Test.</source>
        <translation>Pilih setiap peranti dari senarainya dan tekan Uji.</translation>
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
        <translation>Seterusnya:</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>preview when the label is made</source>
        <translation>pratonton apabila label dibuat</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>kurier</translation>
    </message>
    <message>
        <source>Order {order} · label · {carrier}</source>
        <translation>Pesanan {order} · label · {carrier}</translation>
    </message>
    <message>
        <source>Did the label come out? OK: yes, it printed · F7: reprint it</source>
        <translation>Label sudah keluar? OK: ya, sudah dicetak · F7: cetak semula</translation>
    </message>
    <message>
        <source>Label waiting for the printer: fix it, then press OK (F3) to retry</source>
        <translation>Label menunggu pencetak: baiki, kemudian tekan OK (F3) untuk cuba lagi</translation>
    </message>
    <message>
        <source>Label printed: stick it on the parcel</source>
        <translation>Label sudah dicetak: lekatkan pada bungkusan</translation>
    </message>
    <message>
        <source>Label not printed yet: press OK (F3) to print</source>
        <translation>Label belum dicetak: tekan OK (F3) untuk cetak</translation>
    </message>
    <message>
        <source>allocated when the label prints</source>
        <translation>diberi apabila label dicetak</translation>
    </message>
    <message>
        <source>Tracking: {number}</source>
        <translation>Nombor penjejakan: {number}</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>Tunggu label, kemudian lekatkan pada bungkusan.</translation>
    </message>
    <message>
        <source>wait for the label and stick it on the parcel</source>
        <translation>tunggu label dan lekatkan pada bungkusan</translation>
    </message>
    <message>
        <source>Confirm printed</source>
        <translation>Sahkan sudah dicetak</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Cuba lagi</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <source>unknown: the station stopped while this label was being sent. Check whether it came out: confirm printed or reprint.</source>
        <translation>tidak pasti: stesen berhenti semasa label ini dihantar. Periksa sama ada label keluar: sahkan sudah dicetak atau cetak semula.</translation>
    </message>
    <message>
        <source>Say why the label is reprinted.</source>
        <translation>Nyatakan kenapa label dicetak semula.</translation>
    </message>
    <message>
        <source>Parcel {parcel}&apos;s label has not printed yet; it prints when the printer is ready.</source>
        <translation>Label bungkusan {parcel} belum dicetak; ia dicetak apabila pencetak sedia.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to reprint.</source>
        <translation>Bungkusan {parcel} pesanan {order} tiada label untuk dicetak semula.</translation>
    </message>
    <message>
        <source>replaced by reprint {job}</source>
        <translation>diganti dengan cetak semula {job}</translation>
    </message>
    <message>
        <source>Only a label whose printing is uncertain can be confirmed.</source>
        <translation>Hanya label yang pencetakannya tidak pasti boleh disahkan.</translation>
    </message>
    <message>
        <source>Voiding a label</source>
        <translation>Membatalkan label</translation>
    </message>
    <message>
        <source>Say why the label is voided.</source>
        <translation>Nyatakan kenapa label dibatalkan.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to void.</source>
        <translation>Bungkusan {parcel} pesanan {order} tiada label untuk dibatalkan.</translation>
    </message>
    <message>
        <source>voided by {user}: {reason}</source>
        <translation>dibatalkan oleh {user}: {reason}</translation>
    </message>
    <message>
        <source>Order {order} is not on this station.</source>
        <translation>Pesanan {order} tiada di stesen ini.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its label prints once it is packed.</source>
        <translation>Pesanan {order} berstatus {status}; labelnya dicetak selepas dibungkus.</translation>
    </message>
    <message>
        <source>Order {order} has no weighed parcel to label.</source>
        <translation>Pesanan {order} tiada bungkusan yang sudah ditimbang untuk dilabel.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>menunggu dihantar</translation>
    </message>
    <message>
        <source>No print job {job}.</source>
        <translation>Tiada tugas cetak {job}.</translation>
    </message>
    <message>
        <source>not printed: the order was cancelled</source>
        <translation>tidak dicetak: pesanan telah dibatalkan</translation>
    </message>
    <message>
        <source>being sent to the printer</source>
        <translation>sedang dihantar ke pencetak</translation>
    </message>
    <message>
        <source>unknown: sending failed ({error}). Check whether it came out: confirm printed or reprint.</source>
        <translation>tidak pasti: penghantaran gagal ({error}). Periksa sama ada label keluar: sahkan sudah dicetak atau cetak semula.</translation>
    </message>
    <message>
        <source>not printed: {error}</source>
        <translation>tidak dicetak: {error}</translation>
    </message>
    <message>
        <source>order {order} parcel {parcel}</source>
        <translation>pesanan {order} bungkusan {parcel}</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>pesanan {order}</translation>
    </message>
    <message>
        <source>Tracking number {number} is already used by {where}; the label was not printed.</source>
        <translation>Nombor penjejakan {number} sudah digunakan oleh {where}; label tidak dicetak.</translation>
    </message>
    <message>
        <source>Order has no tracking number and no number range is configured for carrier {carrier}: add one under [label.tracking_ranges].</source>
        <translation>Pesanan tiada nombor penjejakan dan tiada julat nombor untuk kurier {carrier}: tambah di bawah [label.tracking_ranges].</translation>
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
        <translation>pencetak label (ZPL)</translation>
    </message>
    <message>
        <source>a desktop printer (PDF)</source>
        <translation>pencetak biasa (PDF)</translation>
    </message>
    <message>
        <source>not printed: this label was made for {stored} but the station now prints on {wanted}; a supervisor voids it and it is printed again</source>
        <translation>tidak dicetak: label ini dibuat untuk {stored} tetapi stesen kini mencetak pada {wanted}; penyelia membatalkannya dan ia dicetak semula</translation>
    </message>
    <message>
        <source>Parcel {number}: printed ✔{tracking}</source>
        <translation>Bungkusan {number}: dicetak ✔{tracking}</translation>
    </message>
    <message>
        <source>waiting for the printer</source>
        <translation>menunggu pencetak</translation>
    </message>
    <message>
        <source>Parcel {number}: waiting — {reason}</source>
        <translation>Bungkusan {number}: menunggu — {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: did it print? {reason}</source>
        <translation>Bungkusan {number}: sudah dicetak? {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: no label yet</source>
        <translation>Bungkusan {number}: belum ada label</translation>
    </message>
    <message>
        <source>Parcel {number}: {state}</source>
        <translation>Bungkusan {number}: {state}</translation>
    </message>
    <message>
        <source>the platform label is not a readable PDF ({error})</source>
        <translation>label platform bukan PDF yang boleh dibaca ({error})</translation>
    </message>
    <message>
        <source>the platform label has {pages} page(s), no page {page}</source>
        <translation>label platform mempunyai {pages} halaman, tiada halaman {page}</translation>
    </message>
    <message>
        <source>the platform label is neither a PDF nor an image ({error})</source>
        <translation>label platform bukan PDF atau imej ({error})</translation>
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
        <translation>Kenapa cetak semula label?</translation>
    </message>
    <message>
        <source>Void the label: a supervisor&apos;s PIN or badge</source>
        <translation>Batalkan label: PIN atau lencana penyelia</translation>
    </message>
    <message>
        <source>Why void the label?</source>
        <translation>Kenapa label dibatalkan?</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>Cetak semula label</translation>
    </message>
    <message>
        <source>Void label (supervisor)</source>
        <translation>Batalkan label (penyelia)</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Tutup kotak soalan</translation>
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
        <translation>ID pengguna (pilihan)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log masuk</translation>
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
        <translation>Imbas lencana anda</translation>
    </message>
    <message>
        <source>or type your PIN and press Enter</source>
        <translation>atau taip PIN dan tekan Enter</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>imbas lencana, atau taip PIN dan tekan Enter</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Tracking</source>
        <translation>Penjejakan</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Berat</translation>
    </message>
    <message>
        <source>Manifest {id} · content SHA-256 {sha} · page {page}/{pages}</source>
        <translation>Manifes {id} · SHA-256 kandungan {sha} · halaman {page}/{pages}</translation>
    </message>
    <message>
        <source>Drop-off manifest: {carrier}</source>
        <translation>Manifes hantar sendiri: {carrier}</translation>
    </message>
    <message>
        <source>Carrier pickup manifest: {carrier}</source>
        <translation>Manifes pungutan kurier: {carrier}</translation>
    </message>
    <message>
        <source>{parcels} parcels of {orders} orders</source>
        <translation>{parcels} bungkusan daripada {orders} pesanan</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifes</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Penghantar</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Nombor plat</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja bungkus</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Diserahkan oleh</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Masa (tempatan)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Masa (UTC)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Jumlah berat</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Diakui oleh</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 kandungan</translation>
    </message>
    <message>
        <source>Left behind (confirmed): {codes}</source>
        <translation>Ditinggalkan (disahkan): {codes}</translation>
    </message>
    <message>
        <source>Partial orders (supervisor): {orders}</source>
        <translation>Pesanan separa (penyelia): {orders}</translation>
    </message>
    <message>
        <source>Courier&apos;s scan: {code}</source>
        <translation>Imbasan kurier: {code}</translation>
    </message>
    <message>
        <source>courier signature</source>
        <translation>tandatangan penghantar</translation>
    </message>
    <message>
        <source>Handover photos and acknowledgement</source>
        <translation>Foto serahan dan pengakuan</translation>
    </message>
    <message>
        <source>Total: {parcels} parcels, {orders} orders, {weight}</source>
        <translation>Jumlah: {parcels} bungkusan, {orders} pesanan, {weight}</translation>
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
        <translation>7 hari lepas</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 hari lepas</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tersuai</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dipulangkan</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rosak</translation>
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
        <translation>bungkus</translation>
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
        <translation>serahan</translation>
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
        <translation>kecuali foto</translation>
    </message>
    <message>
        <source>undos</source>
        <translation>batal imbas</translation>
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
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>By packer</source>
        <translation>Ikut pembungkus</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>Ikut meja bungkus</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Papar</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Returns per SKU and reason</source>
        <translation>Pemulangan ikut SKU dan sebab</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Mengira…</translation>
    </message>
    <message>
        <source>Returns per SKU and reason: no returns in the period</source>
        <translation>Pemulangan ikut SKU dan sebab: tiada pemulangan dalam tempoh ini</translation>
    </message>
    <message>
        <source>The metrics could not be computed (the log has the details).</source>
        <translation>Statistik tidak dapat dikira (butiran dalam log).</translation>
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
        <translation>{step} (saat)</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Imbasan</translation>
    </message>
    <message>
        <source>Wrong %</source>
        <translation>Salah %</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>Pesanan sejam</translation>
    </message>
    <message>
        <source>orders/h</source>
        <translation>pesanan/jam</translation>
    </message>
    <message>
        <source>Mean time per step (s)</source>
        <translation>Purata masa setiap langkah (saat)</translation>
    </message>
    <message>
        <source>Wrong-scan rate (%)</source>
        <translation>Kadar salah imbas (%)</translation>
    </message>
    <message>
        <source>wrong %</source>
        <translation>salah %</translation>
    </message>
    <message>
        <source>Viewing packer metrics</source>
        <translation>Melihat prestasi pembungkus</translation>
    </message>
    <message>
        <source>Viewing return metrics</source>
        <translation>Melihat statistik pemulangan</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message numerus="yes">
        <source>Returns per SKU and reason: %n unit(s) checked at returns in the period</source>
        <translation>
            <numerusform>Pemulangan ikut SKU dan sebab: %n unit disemak di kaunter pemulangan dalam tempoh ini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done in the period</source>
        <translation>
            <numerusform>%n pesanan siap dalam tempoh ini</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Next</name>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>isi ID pengguna, nama dan PIN, kemudian Cipta pentadbir</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>imbas lencana, atau taip PIN dan tekan Enter</translation>
    </message>
    <message>
        <source>scan an order or pick-list barcode, or press {key} for the most urgent order (badge: switch packer; Ctrl+S: settings; Ctrl+R: review)</source>
        <translation>imbas kod bar pesanan atau senarai ambil, atau tekan {key} untuk pesanan paling segera (lencana: tukar pembungkus; Ctrl+S: tetapan; Ctrl+R: semakan)</translation>
    </message>
    <message>
        <source>check the order, then scan the first item (or {key} to start picking)</source>
        <translation>semak pesanan, kemudian imbas barang pertama (atau {key} untuk mula ambil)</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>semua barang disahkan</translation>
    </message>
    <message>
        <source>scan {items}</source>
        <translation>imbas {items}</translation>
    </message>
    <message>
        <source>all parcels weighed: press {key} to finish packing</source>
        <translation>semua bungkusan sudah ditimbang: tekan {key} untuk siap membungkus</translation>
    </message>
    <message>
        <source>choose a box (scan its code)</source>
        <translation>pilih kotak (imbas kodnya)</translation>
    </message>
    <message>
        <source>put parcel {number} on the scale, then press {key} to weigh it</source>
        <translation>letak bungkusan {number} di atas penimbang, kemudian tekan {key} untuk timbang</translation>
    </message>
    <message>
        <source>press {key} (or the foot pedal) to take the photo</source>
        <translation>tekan {key} (atau pedal kaki) untuk ambil foto</translation>
    </message>
    <message>
        <source>put the parcel in the staging area for its carrier; {key} for the next order</source>
        <translation>letak bungkusan di kawasan menunggu kuriernya; {key} untuk pesanan seterusnya</translation>
    </message>
    <message>
        <source>unpack the order and return the items; {key} goes back to the queue</source>
        <translation>buka bungkusan dan pulangkan barang; {key} kembali ke giliran</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts this weight, {release} weighs again</source>
        <translation>panggil penyelia: PIN atau lencana dan nota; {accept} terima berat ini, {release} timbang semula</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts it short, {release} picks again</source>
        <translation>panggil penyelia: PIN atau lencana dan nota; {accept} terima kurang, {release} ambil semula</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note, then {release} to release</source>
        <translation>panggil penyelia: PIN atau lencana dan nota, kemudian {release} untuk melepaskan</translation>
    </message>
    <message>
        <source>check the printer: {ok} if the label came out, {reprint} to reprint</source>
        <translation>semak pencetak: {ok} jika label keluar, {reprint} untuk cetak semula</translation>
    </message>
    <message>
        <source>fix the printer, then press {ok} to retry</source>
        <translation>baiki pencetak, kemudian tekan {ok} untuk cuba lagi</translation>
    </message>
    <message>
        <source>press {ok} to print the label</source>
        <translation>tekan {ok} untuk cetak label</translation>
    </message>
    <message>
        <source>stick the label on the parcel</source>
        <translation>lekatkan label pada bungkusan</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ disahkan</translation>
    </message>
    <message>
        <source>label visible</source>
        <translation>label kelihatan</translation>
    </message>
    <message>
        <source>accepted without label</source>
        <translation>diterima tanpa label</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>tiada label</translation>
    </message>
    <message>
        <source>{kind} (parcel {parcel})</source>
        <translation>{kind} (bungkusan {parcel})</translation>
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
        <translation>Tanda pertikaian…</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>Buang bendera</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>Eksport pek bukti…</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag to pan, 0 to fit, F11 or double-click for full screen.</source>
        <translation>Roda atau +/− untuk zum, seret untuk alih, 0 untuk muat, F11 atau klik dua kali untuk skrin penuh.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Garis masa</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Imbasan</translation>
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
        <translation>Memuatkan pesanan {order}…</translation>
    </message>
    <message>
        <source>Order {order} could not be opened (the log has the details).</source>
        <translation>Pesanan {order} tidak dapat dibuka (butiran dalam log).</translation>
    </message>
    <message>
        <source>packer {user}</source>
        <translation>pembungkus {user}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · station {station}</source>
        <translation>&lt;b&gt;Pesanan {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · meja {station}</translation>
    </message>
    <message>
        <source>Disputed: {note}</source>
        <translation>Dipertikaikan: {note}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Peristiwa</translation>
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
        <translation>Kod</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja bungkus</translation>
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
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Kotak</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dijangka</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Diukur</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Perbezaan</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Terima berat</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Penjejakan</translation>
    </message>
    <message>
        <source>No proof photos for this order.</source>
        <translation>Pesanan ini tiada foto bukti.</translation>
    </message>
    <message>
        <source>Label preview (parcel {parcel} of {count})</source>
        <translation>Pratonton label (bungkusan {parcel} daripada {count})</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Pratonton label</translation>
    </message>
    <message>
        <source>No label preview: {reason}</source>
        <translation>Tiada pratonton label: {reason}</translation>
    </message>
    <message>
        <source>Verified: file and record match the hash chain.</source>
        <translation>Disahkan: fail dan rekod sepadan dengan rantai cincang.</translation>
    </message>
    <message>
        <source>NOT VERIFIED ({problem}): {details}</source>
        <translation>TIDAK DISAHKAN ({problem}): {details}</translation>
    </message>
    <message>
        <source>(file cannot be shown)</source>
        <translation>(fail tidak dapat dipaparkan)</translation>
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
        <translation>Penjejakan</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Hantar sebelum</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktiviti terakhir</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja bungkus</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pembungkus</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bendera</translation>
    </message>
    <message>
        <source>Flagged: {note}</source>
        <translation>Ditanda: {note}</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>confirmed</source>
        <translation>sahkan</translation>
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
        <translation>label</translation>
    </message>
    <message>
        <source>photographed</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>letak menunggu kurier</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>serahkan</translation>
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
        <translation>kecualikan foto</translation>
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
        <translation>Kotak dicadangkan</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Penimbang</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dijangka</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Bungkusan</translation>
    </message>
    <message>
        <source>no box fits: choose one</source>
        <translation>tiada kotak yang muat: pilih satu</translation>
    </message>
    <message>
        <source>Order {order} · parcel {number} of {count}</source>
        <translation>Pesanan {order} · bungkusan {number} daripada {count}</translation>
    </message>
    <message>
        <source>#{number} {box}: {weight} (expected {expected})</source>
        <translation>#{number} {box}: {weight} (dijangka {expected})</translation>
    </message>
    <message>
        <source>none weighed yet</source>
        <translation>belum ada yang ditimbang</translation>
    </message>
    <message>
        <source>every parcel weighed</source>
        <translation>semua bungkusan sudah ditimbang</translation>
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
        <translation>Timbang / siap</translation>
    </message>
    <message>
        <source>Another parcel</source>
        <translation>Bungkusan lain</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tahan</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Tutup kotak soalan</translation>
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
        <translation>Satu barang</translation>
    </message>
    <message>
        <source>{name} ({item} mm) does not fit box {box} ({inside} mm inside): its {side} {length} mm is more than {room} mm. Choose a bigger box, or a supervisor accepts this box.</source>
        <translation>{name} ({item} mm) tidak muat dalam kotak {box} (dalam {inside} mm): {side} {length} mm melebihi {room} mm. Pilih kotak lebih besar, atau penyelia menerima kotak ini.</translation>
    </message>
    <message>
        <source>Weight OK: {measured} g (expected {expected} g)</source>
        <translation>Berat betul: {measured} g (dijangka {expected} g)</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g heavier than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>Berat tidak sepadan: {measured} g lebih berat {difference} g daripada jangkaan {expected} g (dibenarkan ±{allowed} g). Semak isi bungkusan.</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g lighter than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>Berat tidak sepadan: {measured} g lebih ringan {difference} g daripada jangkaan {expected} g (dibenarkan ±{allowed} g). Semak isi bungkusan.</translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message>
        <source>Order {order} is being packed at station {station}.</source>
        <translation>Pesanan {order} sedang dibungkus di stesen {station}.</translation>
    </message>
    <message>
        <source>No order is free to pack: {count} are being packed at other stations.</source>
        <translation>Tiada pesanan yang bebas untuk dibungkus: {count} sedang dibungkus di stesen lain.</translation>
    </message>
    <message>
        <source>No order is ready to pack: {count} wait for stock ({order}: {stock}).</source>
        <translation>Tiada pesanan sedia untuk dibungkus: {count} menunggu stok ({order}: {stock}).</translation>
    </message>
    <message>
        <source>No order is ready to pack.</source>
        <translation>Tiada pesanan sedia untuk dibungkus.</translation>
    </message>
    <message>
        <source>{count} order(s) claimed ahead can be packed</source>
        <translation>{count} pesanan yang dituntut lebih awal boleh dibungkus</translation>
    </message>
    <message>
        <source>no order was claimed ahead</source>
        <translation>tiada pesanan yang dituntut lebih awal</translation>
    </message>
    <message>
        <source>central store unreachable: {ahead}</source>
        <translation>stor pusat tidak dapat dihubungi: {ahead}</translation>
    </message>
    <message>
        <source>Central store unreachable: {ahead}</source>
        <translation>Stor pusat tidak dapat dihubungi: {ahead}</translation>
    </message>
    <message>
        <source>{central}; wait for the network or ask a supervisor.</source>
        <translation>{central}; tunggu rangkaian atau tanya penyelia.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; scanning items is done.</source>
        <translation>Pesanan {order} berstatus {status}; imbasan barang sudah selesai.</translation>
    </message>
    <message>
        <source>Say why the scan is undone.</source>
        <translation>Nyatakan kenapa imbasan dibatalkan.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its scans are closed.</source>
        <translation>Pesanan {order} berstatus {status}; imbasannya sudah ditutup.</translation>
    </message>
    <message>
        <source>There is no scan to undo.</source>
        <translation>Tiada imbasan untuk dibatalkan.</translation>
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
        <translation>Melepaskan pesanan yang ditahan</translation>
    </message>
    <message>
        <source>Cancelling an order</source>
        <translation>Membatalkan pesanan</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>Kotak {code} tidak dikenali.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; weigh it after picking.</source>
        <translation>Pesanan {order} berstatus {status}; timbang selepas selesai diambil.</translation>
    </message>
    <message>
        <source>Accepting a weight mismatch</source>
        <translation>Menerima berat yang tidak sepadan</translation>
    </message>
    <message>
        <source>Say why the weight is accepted.</source>
        <translation>Nyatakan kenapa berat ini diterima.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has not been weighed.</source>
        <translation>Bungkusan {parcel} pesanan {order} belum ditimbang.</translation>
    </message>
    <message>
        <source>Weigh every parcel before packing is done.</source>
        <translation>Timbang semua bungkusan sebelum pembungkusan selesai.</translation>
    </message>
    <message>
        <source>Parcel {parcel}: {check} Reweigh it, or a supervisor must accept the weight.</source>
        <translation>Bungkusan {parcel}: {check} Timbang semula, atau penyelia mesti menerima beratnya.</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>sudah dibatalkan</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>tiada sebab diberi</translation>
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
        <translation>tiada barang</translation>
    </message>
    <message>
        <source>not in the catalog: {skus}</source>
        <translation>tiada dalam katalog: {skus}</translation>
    </message>
    <message>
        <source>the address is incomplete</source>
        <translation>alamat tidak lengkap</translation>
    </message>
    <message>
        <source>Order {order} cannot be packed: {problems}.</source>
        <translation>Pesanan {order} tidak boleh dibungkus: {problems}.</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not label or hand it over: unpack it and return the items to stock.</source>
        <translation>BERHENTI: pesanan {order} dibatalkan. Jangan labelkan atau serahkan: buka bungkusan dan pulangkan barang ke stok.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Tiada pesanan {order}.</translation>
    </message>
    <message>
        <source>No order or tracking number {ref}.</source>
        <translation>Tiada pesanan atau nombor penjejakan {ref}.</translation>
    </message>
    <message>
        <source>Order {order} was marked out of stock by a supervisor; it waits to be cancelled.</source>
        <translation>Pesanan {order} ditanda kehabisan stok oleh penyelia; ia menunggu untuk dibatalkan.</translation>
    </message>
    <message>
        <source>Central store unreachable: the units of order {order} could not be reserved; try again.</source>
        <translation>Stor pusat tidak dapat dihubungi: unit pesanan {order} tidak dapat ditempah; cuba lagi.</translation>
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
        <translation>Imbasan tidak digunakan dalam langkah ini: {code}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Not a supervisor&apos;s PIN or badge: ask a supervisor to scan their badge or type their PIN.</source>
        <translation>Bukan PIN atau lencana penyelia: minta penyelia imbas lencana atau taip PIN mereka.</translation>
    </message>
    <message>
        <source>The shortest badge ([badges] min_length) must be at least 1 character.</source>
        <translation>Lencana terpendek ([badges] min_length) mesti sekurang-kurangnya 1 aksara.</translation>
    </message>
    <message>
        <source>Type your name, a short user id (like ada) and a PIN of 4 to 12 digits, then Create admin.</source>
        <translation>Taip nama, id pengguna pendek (seperti ada) dan PIN 4 hingga 12 digit, kemudian Cipta pentadbir.</translation>
    </message>
    <message>
        <source>Type a short user id to log in with (like ada), without spaces.</source>
        <translation>Taip id pengguna pendek untuk log masuk (seperti ada), tanpa ruang.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits for the admin.</source>
        <translation>Pilih PIN 4 hingga 12 digit untuk pentadbir.</translation>
    </message>
    <message>
        <source>Changing a PIN</source>
        <translation>Menukar PIN</translation>
    </message>
    <message>
        <source>That PIN is already used by someone at this station; choose another.</source>
        <translation>PIN itu sudah digunakan orang lain di stesen ini; pilih yang lain.</translation>
    </message>
    <message>
        <source>Changing a badge</source>
        <translation>Menukar lencana</translation>
    </message>
    <message>
        <source>That badge already belongs to someone else.</source>
        <translation>Lencana itu sudah milik orang lain.</translation>
    </message>
    <message>
        <source>Changing a role</source>
        <translation>Menukar peranan</translation>
    </message>
    <message>
        <source>This is the last admin; make someone else admin first.</source>
        <translation>Ini pentadbir terakhir; jadikan orang lain pentadbir dahulu.</translation>
    </message>
    <message>
        <source>Deactivating a user</source>
        <translation>Menyahaktifkan pengguna</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as it should appear on screen and on the badge.</source>
        <translation>Taip nama orang itu seperti yang dipaparkan pada skrin dan lencana.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>Nama maksimum 200 aksara.</translation>
    </message>
    <message>
        <source>Changing a name</source>
        <translation>Menukar nama</translation>
    </message>
    <message>
        <source>Type your PIN (or scan your badge), then press Enter.</source>
        <translation>Taip PIN (atau imbas lencana), kemudian tekan Enter.</translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation>Pengguna atau PIN salah.</translation>
    </message>
    <message>
        <source>Unknown PIN.</source>
        <translation>PIN tidak dikenali.</translation>
    </message>
    <message>
        <source>Unknown badge.</source>
        <translation>Lencana tidak dikenali.</translation>
    </message>
    <message>
        <source>There is already a user &apos;{user}&apos;.</source>
        <translation>Pengguna &apos;{user}&apos; sudah wujud.</translation>
    </message>
    <message>
        <source>Give the user a PIN or a badge, or they cannot log in.</source>
        <translation>Beri pengguna PIN atau lencana, jika tidak mereka tidak boleh log masuk.</translation>
    </message>
    <message>
        <source>That PIN or badge was just taken by someone else; choose another.</source>
        <translation>PIN atau lencana itu baru sahaja diambil orang lain; pilih yang lain.</translation>
    </message>
    <message>
        <source>No user &apos;{user}&apos;.</source>
        <translation>Tiada pengguna &apos;{user}&apos;.</translation>
    </message>
    <message>
        <source>{action}: you cannot do this to yourself; ask another supervisor or admin.</source>
        <translation>{action}: tidak boleh dilakukan pada diri sendiri; minta penyelia atau pentadbir lain.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use {roles}.</source>
        <translation>Peranan {role} tidak dikenali; gunakan {roles}.</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>pembungkus</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>pentadbir</translation>
    </message>
    <message>
        <source>{action} needs a {role}; {who} is a {current}.</source>
        <translation>{action} memerlukan {role}; {who} ialah {current}.</translation>
    </message>
    <message>
        <source>Scan the new badge for {name} now (Esc cancels).</source>
        <translation>Imbas lencana baharu untuk {name} sekarang (Esc untuk batal).</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>Pilih orang untuk diubah, atau isi borang untuk menambah orang.</translation>
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
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Lencana</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Log masuk terakhir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Full name, as on the badge</source>
        <translation>Nama penuh, seperti pada lencana</translation>
    </message>
    <message>
        <source>Short id to log in with, like pat</source>
        <translation>Id ringkas untuk log masuk, seperti pat</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 hingga 12 digit</translation>
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
        <translation>Tetapkan peranan</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Tetapkan PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Set semula PIN</translation>
    </message>
    <message>
        <source>Enroll badge</source>
        <translation>Daftar lencana</translation>
    </message>
    <message>
        <source>Remove badge</source>
        <translation>Buang lencana</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nyahaktifkan</translation>
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
        <translation>Cetak lencana</translation>
    </message>
    <message>
        <source>First-run guide</source>
        <translation>Panduan permulaan</translation>
    </message>
    <message>
        <source>That change was not saved; try again.</source>
        <translation>Perubahan itu tidak disimpan; cuba lagi.</translation>
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
        <translation>Tekan Orang baru dahulu, kemudian isi borang.</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>Pilih orang untuk diubah, atau isi borang untuk menambah orang.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Order {order} · proof photos · tracking {tracking}</source>
        <translation>Pesanan {order} · foto bukti · penjejakan {tracking}</translation>
    </message>
    <message>
        <source>Photo {number} of {count}: {name}</source>
        <translation>Foto {number} daripada {count}: {name}</translation>
    </message>
    <message>
        <source>Put the sealed, labelled parcel under the camera</source>
        <translation>Letak bungkusan yang sudah ditutup dan berlabel di bawah kamera</translation>
    </message>
    <message>
        <source>one photo</source>
        <translation>satu foto</translation>
    </message>
    <message>
        <source>Label not readable: turn it to the camera and take the photo again. </source>
        <translation>Label tidak dapat dibaca: hadapkan ke kamera dan ambil foto semula. </translation>
    </message>
    <message>
        <source>Still needed: {photos}. Order, tracking, station, packer and time are burned in.</source>
        <translation>Masih perlu: {photos}. Pesanan, penjejakan, meja, pembungkus dan masa dicetak pada foto.</translation>
    </message>
    <message>
        <source> A supervisor may scan their badge to let the order go without the photos.</source>
        <translation> Penyelia boleh imbas lencana untuk lepaskan pesanan tanpa foto.</translation>
    </message>
    <message>
        <source>taking the photo …</source>
        <translation>sedang ambil foto …</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>All photos stored.</source>
        <translation>Semua foto disimpan.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. Next: the &apos;{next}&apos; photo — press {key}.</source>
        <translation>Foto &apos;{kind}&apos; disimpan. Seterusnya: foto &apos;{next}&apos; — tekan {key}.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. All photos done.</source>
        <translation>Foto &apos;{kind}&apos; disimpan. Semua foto selesai.</translation>
    </message>
</context>
<context>
    <name>PhotoKind</name>
    <message>
        <source>contents</source>
        <translation>isi bungkusan</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>bungkusan dimeterai</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>bungkusan</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>kurier</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>resit</translation>
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
        <translation>Kenapa batal imbasan terakhir?</translation>
    </message>
    <message>
        <source>Short pick: why are items missing?</source>
        <translation>Barang kurang: kenapa ada yang tiada?</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Pesanan {order}</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Batal imbasan terakhir</translation>
    </message>
    <message>
        <source>Short pick / hold</source>
        <translation>Barang kurang / tahan</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Tutup kotak soalan</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printer out of paper: load labels and press Retry</source>
        <translation>Pencetak kehabisan kertas: masukkan label dan tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer out of ribbon: load a ribbon and press Retry</source>
        <translation>Pencetak kehabisan reben: masukkan reben dan tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer head is open: close it and press Retry</source>
        <translation>Kepala pencetak terbuka: tutupnya dan tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer is paused: press its Pause button, then Retry</source>
        <translation>Pencetak dijeda: tekan butang Pause, kemudian Cuba lagi</translation>
    </message>
    <message>
        <source>Printer buffer is full: wait until it has printed, then press Retry</source>
        <translation>Penimbal pencetak penuh: tunggu sehingga siap mencetak, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer head is too cold: wait a minute, then press Retry</source>
        <translation>Kepala pencetak terlalu sejuk: tunggu seminit, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer head is too hot: let it cool down, then press Retry</source>
        <translation>Kepala pencetak terlalu panas: biarkan sejuk, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer memory is corrupt: switch the printer off and on, then press Retry</source>
        <translation>Memori pencetak rosak: matikan dan hidupkan semula pencetak, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer cutter jammed: clear it and press Retry</source>
        <translation>Pemotong pencetak tersekat: bersihkannya dan tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer head fault: call a supervisor</source>
        <translation>Kepala pencetak rosak: panggil penyelia</translation>
    </message>
    <message>
        <source>Printer does not answer: check it is on and connected, then press Retry</source>
        <translation>Pencetak tidak menjawab: pastikan ia hidup dan bersambung, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer closed the connection without answering: check it is on and ready, then press Retry</source>
        <translation>Pencetak menutup sambungan tanpa menjawab: pastikan ia hidup dan sedia, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer not reachable: check it is on and connected, then press Retry</source>
        <translation>Pencetak tidak dapat dicapai: pastikan ia hidup dan bersambung, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer queue is stopped: check the printer, start its queue again, then press Retry</source>
        <translation>Baris gilir pencetak berhenti: periksa pencetak, mulakan semula baris gilirnya, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>{detail}; check it is on and connected, then press Retry</source>
        <translation>{detail}; pastikan ia hidup dan bersambung, kemudian tekan Cuba lagi</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Pencetak sedia</translation>
    </message>
    <message>
        <source>media needs calibrating</source>
        <translation>media perlu ditentukur</translation>
    </message>
    <message>
        <source>clean the print head</source>
        <translation>bersihkan kepala pencetak</translation>
    </message>
    <message>
        <source>replace the print head</source>
        <translation>gantikan kepala pencetak</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>kertas hampir habis</translation>
    </message>
    <message>
        <source>The line to the printer broke while sending ({problem}). Check whether the label came out: Confirm printed, or Reprint.</source>
        <translation>Sambungan ke pencetak terputus semasa menghantar ({problem}). Periksa sama ada label keluar: Sahkan sudah dicetak, atau Cetak ulang label.</translation>
    </message>
    <message>
        <source>Label sent, then: {status}. Check whether it came out: Confirm printed, or Reprint.</source>
        <translation>Label dihantar, kemudian: {status}. Periksa sama ada label keluar: Sahkan sudah dicetak, atau Cetak ulang label.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sedia</translation>
    </message>
    <message>
        <source>test label sent; printer: {status}</source>
        <translation>label ujian dihantar; pencetak: {status}</translation>
    </message>
    <message>
        <source>test label not confirmed: {reason}</source>
        <translation>label ujian tidak disahkan: {reason}</translation>
    </message>
    <message>
        <source>test label sent</source>
        <translation>label ujian dihantar</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Exporting</source>
        <translation>Mengeksport</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Menyediakan…</translation>
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
        <translation>Mengeksport {done} daripada {total}: {what}</translation>
    </message>
    <message>
        <source>Export cancelled; the files written so far are incomplete.</source>
        <translation>Eksport dibatalkan; fail yang sudah ditulis tidak lengkap.</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>berlaku ralat (butiran dalam log)</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Mengeksport bukti</translation>
    </message>
    <message>
        <source>Preparing the evidence pack…</source>
        <translation>Menyediakan pek bukti…</translation>
    </message>
    <message>
        <source>No orders to export.</source>
        <translation>Tiada pesanan untuk dieksport.</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Helaian Seller Center</translation>
    </message>
    <message>
        <source>Collecting the handed-over orders…</source>
        <translation>Mengumpul pesanan yang sudah diserahkan…</translation>
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
        <translation>Kurier</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Hantar sebelum</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Baki masa</translation>
    </message>
    <message>
        <source>Packable in</source>
        <translation>Boleh dibungkus dalam</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>lewat</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>hampir tamat tempoh</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>biasa</translation>
    </message>
    <message>
        <source>{h} h {m} m</source>
        <translation>{h} j {m} m</translation>
    </message>
    <message>
        <source>{m} m {s} s</source>
        <translation>{m} m {s} s</translation>
    </message>
    <message>
        <source>overdue {time}</source>
        <translation>lewat {time}</translation>
    </message>
    <message>
        <source>when the marketplace releases it</source>
        <translation>apabila pasaran melepaskannya</translation>
    </message>
    <message>
        <source>hold ended: released at the next marketplace pull</source>
        <translation>tahanan tamat: dilepaskan pada tarikan pasaran seterusnya</translation>
    </message>
    <message>
        <source> (the {count} most urgent shown)</source>
        <translation> ({count} yang paling segera ditunjukkan)</translation>
    </message>
    <message>
        <source>; {count} waiting for stock, listed last</source>
        <translation>; {count} menunggu stok, disenaraikan terakhir</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Pesanan seterusnya</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n order(s) ready to pack</source>
        <translation>
            <numerusform>%n pesanan sedia dibungkus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold at the marketplace (not packable yet)</source>
        <translation>
            <numerusform>%n ditahan di pasaran (belum boleh dibungkus)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Damaged item</source>
        <translation>Barang rosak</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Masalah alamat</translation>
    </message>
    <message>
        <source>Customer asked</source>
        <translation>Permintaan pelanggan</translation>
    </message>
    <message>
        <source>Box not available</source>
        <translation>Kotak tiada</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Masalah lain</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>Diimbas dua kali</translation>
    </message>
    <message>
        <source>Wrong item put back</source>
        <translation>Barang salah dipulangkan</translation>
    </message>
    <message>
        <source>Scanned by mistake</source>
        <translation>Tersalah imbas</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stok habis</translation>
    </message>
    <message>
        <source>Not found at location</source>
        <translation>Tiada di lokasi</translation>
    </message>
    <message>
        <source>Damaged, no replacement</source>
        <translation>Rosak, tiada ganti</translation>
    </message>
    <message>
        <source>Label damaged</source>
        <translation>Label rosak</translation>
    </message>
    <message>
        <source>Label did not come out</source>
        <translation>Label tidak keluar</translation>
    </message>
    <message>
        <source>Printed faint or smudged</source>
        <translation>Cetakan pudar atau comot</translation>
    </message>
    <message>
        <source>Stuck on the wrong parcel</source>
        <translation>Terlekat pada bungkusan yang salah</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Alamat salah</translation>
    </message>
    <message>
        <source>Wrong carrier</source>
        <translation>Kurier salah</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Pesanan dibatalkan</translation>
    </message>
    <message>
        <source>Duplicate label</source>
        <translation>Label pendua</translation>
    </message>
</context>
<context>
    <name>ReasonPrompt</name>
    <message>
        <source>type a number or the reason, then Enter</source>
        <translation>taip nombor atau sebab, kemudian Enter</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Return of order {order} resumed where it was.</source>
        <translation>Pemulangan pesanan {order} disambung dari tempat terakhir.</translation>
    </message>
    <message>
        <source>No stable weight from the scale: put the parcel on it and weigh again.</source>
        <translation>Berat penimbang belum stabil: letak bungkusan di atasnya dan timbang semula.</translation>
    </message>
    <message>
        <source>No camera on this station: returns are photographed on camera.</source>
        <translation>Tiada kamera di stesen ini: pemulangan mesti difoto dengan kamera.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored and hashed.</source>
        <translation>Foto &apos;{kind}&apos; disimpan.</translation>
    </message>
    <message>
        <source>Next unit DAMAGED: photograph the damage, then scan the unit.</source>
        <translation>Unit seterusnya ROSAK: foto kerosakan, kemudian imbas unit itu.</translation>
    </message>
    <message>
        <source>Damaged cancelled.</source>
        <translation>Tanda rosak dibatalkan.</translation>
    </message>
    <message>
        <source>Return received: {outcome}. Decision due {due}.</source>
        <translation>Pemulangan diterima: {outcome}. Keputusan perlu sebelum {due}.</translation>
    </message>
    <message>
        <source>Return of order {order}: grade each unit, then decide.</source>
        <translation>Pemulangan pesanan {order}: gredkan setiap unit, kemudian putuskan.</translation>
    </message>
    <message>
        <source>Unit {seq} graded {grade}.</source>
        <translation>Unit {seq} digredkan {grade}.</translation>
    </message>
    <message>
        <source>No supervisor check on this station: decide from the command line.</source>
        <translation>Tiada semakan penyelia di stesen ini: putuskan dari baris arahan.</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>Bukan penyelia.</translation>
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
        <translation>Semua unit sudah diputuskan ({who}). Esc: kembali ke pemulangan.</translation>
    </message>
    <message>
        <source>Scan the returned parcel: its label, the return id or the order id.</source>
        <translation>Imbas bungkusan pulangan: labelnya, id pemulangan atau id pesanan.</translation>
    </message>
    <message>
        <source>Grade each unit, then a supervisor decides: restock (to a bin), refurbish or dispose.</source>
        <translation>Gredkan setiap unit, kemudian penyelia memutuskan: masuk stok (ke rak), baik pulih atau lupus.</translation>
    </message>
    <message>
        <source>Scan the next returned parcel.</source>
        <translation>Imbas bungkusan pulangan seterusnya.</translation>
    </message>
    <message>
        <source>Put the parcel on the scale and weigh it.</source>
        <translation>Letak bungkusan di atas penimbang dan timbang.</translation>
    </message>
    <message>
        <source>Photograph: {kind}.</source>
        <translation>Foto: {kind}.</translation>
    </message>
    <message>
        <source>Photograph the damage, then scan the damaged unit.</source>
        <translation>Foto kerosakan, kemudian imbas unit yang rosak.</translation>
    </message>
    <message>
        <source>Scan each unit out of the parcel; finish when the parcel is empty.</source>
        <translation>Imbas setiap unit dari bungkusan; selesai apabila bungkusan kosong.</translation>
    </message>
    <message>
        <source>Every unit is back: finish the return.</source>
        <translation>Semua unit sudah kembali: selesaikan pemulangan.</translation>
    </message>
    <message>
        <source>Return of order {order} open ({found}).</source>
        <translation>Pemulangan pesanan {order} dibuka ({found}).</translation>
    </message>
    <message>
        <source>Photo not stored: {fault}</source>
        <translation>Foto tidak disimpan: {fault}</translation>
    </message>
    <message>
        <source>Log in first (badge or PIN).</source>
        <translation>Log masuk dahulu (lencana atau PIN).</translation>
    </message>
    <message>
        <source>Scan a returned parcel first.</source>
        <translation>Imbas bungkusan pulangan dahulu.</translation>
    </message>
    <message>
        <source>Finish unboxing the return first (or pick one from the queue).</source>
        <translation>Selesaikan buka bungkusan pemulangan dahulu (atau pilih dari giliran).</translation>
    </message>
    <message>
        <source>Scan the returned parcel&apos;s label, its return id or the order id.</source>
        <translation>Imbas label bungkusan pulangan, id pemulangan atau id pesanan.</translation>
    </message>
    <message>
        <source>That code is {length} characters long (at most {most}): scan it again.</source>
        <translation>Kod itu {length} aksara (maksimum {most}): imbas semula.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled and never shipped: this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>Pesanan {order} dibatalkan dan tidak pernah dihantar: ini tidak mungkin pemulangannya. Asingkan bungkusan untuk penyelia.</translation>
    </message>
    <message>
        <source>Order {order} was never shipped (it is {status}): this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>Pesanan {order} tidak pernah dihantar (statusnya {status}): ini tidak mungkin pemulangannya. Asingkan bungkusan untuk penyelia.</translation>
    </message>
    <message>
        <source>{code}: not one of our products (not ours).</source>
        <translation>{code}: bukan produk kita (bukan milik kita).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tiada apa-apa</translation>
    </message>
    <message>
        <source>Wrong item: {sku} came back; the order shipped {shipped}.</source>
        <translation>Barang salah: {sku} yang dipulangkan; pesanan menghantar {shipped}.</translation>
    </message>
    <message>
        <source>{sku} damaged ({count} of {quantity}).</source>
        <translation>{sku} rosak ({count} daripada {quantity}).</translation>
    </message>
    <message>
        <source>{sku} returned ({count} of {quantity}).</source>
        <translation>{sku} dipulangkan ({count} daripada {quantity}).</translation>
    </message>
    <message>
        <source>{sku}: all {total} shipped already scanned back. Scanned twice? Nothing recorded.</source>
        <translation>{sku}: kesemua {total} yang dihantar sudah diimbas kembali. Terimbas dua kali? Tiada apa-apa direkodkan.</translation>
    </message>
    <message>
        <source>No outbound weight on record.</source>
        <translation>Tiada rekod berat semasa dihantar.</translation>
    </message>
    <message>
        <source>Outbound {outbound} g; weigh the parcel as it arrived.</source>
        <translation>Semasa dihantar {outbound} g; timbang bungkusan seperti semasa tiba.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): the same weight as it left.</source>
        <translation>Tiba {arrived} g, dihantar {shipped} g ({diff} g): beratnya sama seperti semasa dihantar.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): lighter than it left by more than {tolerance} g.</source>
        <translation>Tiba {arrived} g, dihantar {shipped} g ({diff} g): lebih ringan daripada semasa dihantar, melebihi {tolerance} g.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): heavier than it left by more than {tolerance} g.</source>
        <translation>Tiba {arrived} g, dihantar {shipped} g ({diff} g): lebih berat daripada semasa dihantar, melebihi {tolerance} g.</translation>
    </message>
    <message>
        <source>Weight {grams} g is not a parcel&apos;s weight (0..{most} g); weigh it again.</source>
        <translation>Berat {grams} g bukan berat bungkusan (0..{most} g); timbang semula.</translation>
    </message>
    <message>
        <source>An announced return needs its RMA id or its return tracking number.</source>
        <translation>Pemulangan yang dimaklumkan memerlukan ID RMA atau nombor penjejakan pemulangan.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Tiada pesanan {order}.</translation>
    </message>
    <message>
        <source>A return with id {code} is already recorded.</source>
        <translation>Pemulangan dengan ID {code} sudah direkodkan.</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no order, tracking number or return id matches. Put it aside for a supervisor.</source>
        <translation>Bungkusan {code} tidak dikenali: tiada pesanan, nombor penjejakan atau ID pemulangan yang sepadan. Asingkan untuk penyelia.</translation>
    </message>
    <message>
        <source>Order {order} came back already (return {id}, {state}). A supervisor looks at a second return.</source>
        <translation>Pesanan {order} sudah pernah dipulangkan (pemulangan {id}, {state}). Pemulangan kedua disemak oleh penyelia.</translation>
    </message>
    <message>
        <source>Unknown return photo &apos;{kind}&apos;: {kinds}.</source>
        <translation>Foto pemulangan &apos;{kind}&apos; tidak dikenali: {kinds}.</translation>
    </message>
    <message>
        <source>No return {id}.</source>
        <translation>Tiada pemulangan {id}.</translation>
    </message>
    <message>
        <source>Return {id} is {state}: unboxing is finished.</source>
        <translation>Pemulangan {id} berstatus {state}: buka kotak sudah selesai.</translation>
    </message>
    <message>
        <source>The order {order} of this return is no longer on this station.</source>
        <translation>Pesanan {order} bagi pemulangan ini sudah tiada di meja bungkus ini.</translation>
    </message>
    <message>
        <source>this parcel</source>
        <translation>bungkusan ini</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>pesanan {order}</translation>
    </message>
    <message>
        <source>{code} is the label of {which}, not a unit: scan the units, or finish this return first.</source>
        <translation>{code} ialah label {which}, bukan unit: imbas unitnya, atau selesaikan pemulangan ini dahulu.</translation>
    </message>
    <message>
        <source>A damaged unit needs a photo of the damage: take the damage photo, then scan it again.</source>
        <translation>Unit yang rosak memerlukan foto kerosakan: ambil foto kerosakan, kemudian imbas semula.</translation>
    </message>
    <message>
        <source>Photos still needed: {kinds}.</source>
        <translation>Foto yang masih diperlukan: {kinds}.</translation>
    </message>
    <message>
        <source>Weigh the parcel as it arrived first (it is compared with the outbound weight).</source>
        <translation>Timbang dahulu bungkusan seperti semasa tiba (dibandingkan dengan berat semasa dihantar).</translation>
    </message>
    <message>
        <source>Unit {seq} is already restocked to {bin}: move it there with a stock adjustment.</source>
        <translation>Unit {seq} sudah masuk stok ke {bin}: pindahkan dengan pelarasan stok.</translation>
    </message>
    <message>
        <source>The central store does not answer: the unit is not restocked. Decide again when it is back.</source>
        <translation>Stor pusat tidak menjawab: unit belum masuk stok. Putuskan semula apabila ia kembali.</translation>
    </message>
    <message>
        <source>Return {id} is {state}: not now.</source>
        <translation>Pemulangan {id} berstatus {state}: belum boleh sekarang.</translation>
    </message>
    <message>
        <source>Return {id} has no unit {seq}.</source>
        <translation>Pemulangan {id} tiada unit {seq}.</translation>
    </message>
</context>
<context>
    <name>ReturnsDecide</name>
    <message>
        <source>Resellable</source>
        <translation>Boleh dijual semula</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Baik pulih</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Hapus kira</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Masuk stok</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Lupus</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>belum digredkan</translation>
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
        <translation>rak untuk masuk stok</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>PIN penyelia, atau imbas lencana penyelia</translation>
    </message>
    <message>
        <source>Decide (supervisor)</source>
        <translation>Putuskan (penyelia)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Gred</translation>
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
        <translation>Penyelia</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Something went wrong ({fault}); the return stays as it was.</source>
        <translation>Berlaku ralat ({fault}); pemulangan kekal seperti asal.</translation>
    </message>
    <message>
        <source>No returns waiting for a decision.</source>
        <translation>Tiada pemulangan menunggu keputusan.</translation>
    </message>
    <message>
        <source>Waiting for a decision: {count}</source>
        <translation>Menunggu keputusan: {count}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>LEWAT</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>tinggal {hours} jam</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Pemulangan</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Penghantaran keluar</translation>
    </message>
    <message>
        <source>Returns: scan the returned parcel (its label, the return id or the order id)</source>
        <translation>Pemulangan: imbas bungkusan pulangan (labelnya, id pemulangan atau id pesanan)</translation>
    </message>
    <message>
        <source>unboxing</source>
        <translation>sedang dibuka</translation>
    </message>
    <message>
        <source>received: {outcome}</source>
        <translation>diterima: {outcome}</translation>
    </message>
    <message>
        <source>Return of order {order} ({found}), {state}</source>
        <translation>Pemulangan pesanan {order} ({found}), {state}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>NEXT UNIT DAMAGED</source>
        <translation>UNIT SETERUSNYA ROSAK</translation>
    </message>
    <message>
        <source>Photos taken: {count} · still needed: {needed}</source>
        <translation>Foto diambil: {count} · masih perlu: {needed}</translation>
    </message>
    <message>
        <source>{back} of {shipped} back</source>
        <translation>{back} daripada {shipped} kembali</translation>
    </message>
    <message>
        <source>, {count} missing</source>
        <translation>, kurang {count}</translation>
    </message>
    <message>
        <source>Packed by {packer} at {station}</source>
        <translation>Dibungkus oleh {packer} di {station}</translation>
    </message>
    <message>
        <source>Weight {weight} · {count} proof photo(s)</source>
        <translation>Berat {weight} · {count} foto bukti</translation>
    </message>
    <message>
        <source>Shipped {when} · manifest {manifest}</source>
        <translation>Dihantar {when} · manifes {manifest}</translation>
    </message>
    <message>
        <source>Decision due {due}</source>
        <translation>Keputusan perlu sebelum {due}</translation>
    </message>
    <message>
        <source>Back to returns</source>
        <translation>Kembali ke pemulangan</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>Timbang</translation>
    </message>
    <message>
        <source>Finish return</source>
        <translation>Selesaikan pemulangan</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Ambil foto</translation>
    </message>
    <message>
        <source>Damaged unit</source>
        <translation>Unit rosak</translation>
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
        <translation>Menyemak pesanan</translation>
    </message>
    <message>
        <source>{count} photo(s) verified</source>
        <translation>{count} foto disahkan</translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation>{count} masalah ditemui</translation>
    </message>
    <message>
        <source>Label preview is not available on this station.</source>
        <translation>Pratonton label tidak tersedia di meja bungkus ini.</translation>
    </message>
    <message>
        <source>parcel {number}: the label cannot be drawn (the log has the details)</source>
        <translation>bungkusan {number}: label tidak dapat dilukis (butiran dalam log)</translation>
    </message>
    <message>
        <source>no parcel has been packed yet</source>
        <translation>belum ada bungkusan yang dibungkus</translation>
    </message>
    <message>
        <source>Order {order} is not flagged.</source>
        <translation>Pesanan {order} tidak ditanda.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Tiada pesanan {order}.</translation>
    </message>
    <message>
        <source>Write a note saying what the dispute is about.</source>
        <translation>Tulis nota tentang apa pertikaiannya.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {most}).</source>
        <translation>Nota terlalu panjang ({length} aksara; paling banyak {most}).</translation>
    </message>
    <message>
        <source>The date range is empty: &apos;from&apos; must be before &apos;to&apos;.</source>
        <translation>Julat tarikh kosong: &apos;dari&apos; mesti sebelum &apos;hingga&apos;.</translation>
    </message>
    <message>
        <source>Type at least one character before &apos;*&apos;.</source>
        <translation>Taip sekurang-kurangnya satu aksara sebelum &apos;*&apos;.</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>Membuka tetingkap semakan</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {name}</source>
        <translation>Semakan — {name}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Packer metrics</source>
        <translation>Prestasi pembungkus</translation>
    </message>
    <message>
        <source>Delivery exceptions</source>
        <translation>Masalah penghantaran</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Serahan kurier</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Pasaran</translation>
    </message>
    <message>
        <source>Seller Center sheet…</source>
        <translation>Helaian Seller Center…</translation>
    </message>
    <message>
        <source>Write the TikTok Shop bulk-shipping sheet of the handed-over orders not yet reported</source>
        <translation>Tulis helaian penghantaran pukal TikTok Shop bagi pesanan yang sudah diserahkan tetapi belum dilaporkan</translation>
    </message>
    <message>
        <source>Evidence export is not available on this station.</source>
        <translation>Eksport bukti tidak tersedia di meja bungkus ini.</translation>
    </message>
    <message>
        <source>Could not flag {order}: {reason}</source>
        <translation>Tidak dapat menanda {order}: {reason}</translation>
    </message>
    <message>
        <source>Could not clear the flag of {order}: {reason}</source>
        <translation>Tidak dapat membuang bendera {order}: {reason}</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>berlaku ralat (butiran dalam log)</translation>
    </message>
    <message>
        <source>Order {order} flagged: {note}</source>
        <translation>Pesanan {order} ditanda: {note}</translation>
    </message>
    <message>
        <source>Flag of order {order} cleared</source>
        <translation>Bendera pesanan {order} dibuang</translation>
    </message>
    <message>
        <source>Export evidence packs to</source>
        <translation>Eksport pek bukti ke</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>Pilih dahulu pesanan untuk dieksport.</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Eksport gagal: {reason}</translation>
    </message>
    <message>
        <source>Evidence exported to {folder}</source>
        <translation>Bukti dieksport ke {folder}</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Helaian Seller Center</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Seller Center sheet not written: {reason}</source>
        <translation>Helaian Seller Center tidak ditulis: {reason}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>packer</source>
        <translation>pembungkus</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>penyelia</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>pentadbir</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Put the parcel on the scale.</source>
        <translation>Letakkan bungkusan di atas penimbang.</translation>
    </message>
    <message>
        <source>Scale: {message}.</source>
        <translation>Penimbang: {message}.</translation>
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
        <translation>Penimbang {state}: {detail}.</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale (it reads {grams} g): the next weight counts once it reads zero.</source>
        <translation>Angkat bungkusan tadi dari penimbang (bacaan {grams} g): berat seterusnya dikira apabila bacaan sifar.</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale: the next weight counts once it reads zero.</source>
        <translation>Angkat bungkusan tadi dari penimbang: berat seterusnya dikira apabila bacaan sifar.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>{name} ({count} left)</source>
        <translation>{name} (baki {count})</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>tiada lagi</translation>
    </message>
    <message>
        <source>Empty scan: scan the item&apos;s barcode again.</source>
        <translation>Imbasan kosong: imbas semula kod bar barang.</translation>
    </message>
    <message>
        <source>That is order {other}&apos;s barcode, not an item. This order is {order}.</source>
        <translation>Itu kod bar pesanan {other}, bukan barang. Pesanan ini ialah {order}.</translation>
    </message>
    <message>
        <source>The barcode {code} did not scan cleanly: scan it again, holding the item still and flat.</source>
        <translation>Kod bar {code} tidak terimbas dengan baik: imbas lagi, pegang barang tetap dan rata.</translation>
    </message>
    <message>
        <source>This barcode ({code}) is not a product the station knows. Still to pick: {expected}.</source>
        <translation>Kod bar ini ({code}) bukan produk yang dikenali stesen. Masih perlu diambil: {expected}.</translation>
    </message>
    <message>
        <source>Wrong item: {name} is not in this order; put it back. Still to pick: {expected}.</source>
        <translation>Barang salah: {name} tiada dalam pesanan ini; letak balik. Masih perlu diambil: {expected}.</translation>
    </message>
    <message>
        <source>Too many: {name} already {picked} / {quantity}. Put this one back.</source>
        <translation>Terlebih: {name} sudah {picked} / {quantity}. Pulangkan yang ini.</translation>
    </message>
</context>
<context>
    <name>ScanVerdict</name>
    <message>
        <source>ok</source>
        <translation>betul</translation>
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
        <translation>terlebih</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak dikenali</translation>
    </message>
    <message>
        <source>other_order</source>
        <translation>pesanan lain</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>imbasan kosong</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>tidak boleh dibaca</translation>
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
        <translation>Ditanda</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Tidak ditanda</translation>
    </message>
    <message>
        <source>order id (end with * for a prefix)</source>
        <translation>ID pesanan (akhiri dengan * untuk awalan)</translation>
    </message>
    <message>
        <source>tracking number (end with * for a prefix)</source>
        <translation>nombor penjejakan (akhiri dengan * untuk awalan)</translation>
    </message>
    <message>
        <source>recipient name starts with…</source>
        <translation>nama penerima bermula dengan…</translation>
    </message>
    <message>
        <source>anywhere in the name (slower)</source>
        <translation>di mana-mana dalam nama (lebih perlahan)</translation>
    </message>
    <message>
        <source>packer user id</source>
        <translation>ID pengguna pembungkus</translation>
    </message>
    <message>
        <source>station</source>
        <translation>meja bungkus</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktiviti terakhir</translation>
    </message>
    <message>
        <source>Ship-by deadline</source>
        <translation>Tarikh akhir hantar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Penjejakan</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Pembungkus</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Meja bungkus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Bendera</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
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
        <translation>Tanda pertikaian…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Eksport yang dipilih…</translation>
    </message>
    <message>
        <source>Export whole search…</source>
        <translation>Eksport semua hasil…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>The search failed (the log has the details).</source>
        <translation>Carian gagal (butiran dalam log).</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Pilih pesanan dahulu.</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Tiada pesanan yang sepadan.</translation>
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
            <numerusform>%n+ pesanan (tatal untuk lagi)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station name</source>
        <translation>Nama meja bungkus</translation>
    </message>
    <message>
        <source>Scanner URL</source>
        <translation>URL pengimbas</translation>
    </message>
    <message>
        <source>Scale URL</source>
        <translation>URL penimbang</translation>
    </message>
    <message>
        <source>Printer URL</source>
        <translation>URL pencetak</translation>
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
        <translation>Kunci apabila melahu (minit, 0 = mati)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Uji</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Cari peranti</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Peranti</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Tetapan meja bungkus</translation>
    </message>
    <message>
        <source>found {ports} serial port(s), {cameras} camera(s); pick from each list</source>
        <translation>menemui {ports} port bersiri, {cameras} kamera; pilih daripada setiap senarai</translation>
    </message>
    <message>
        <source>Looking for devices</source>
        <translation>Mencari peranti</translation>
    </message>
    <message>
        <source>{device}: {result}</source>
        <translation>{device}: {result}</translation>
    </message>
    <message>
        <source>change what is needed, Save, then Esc to go back</source>
        <translation>ubah yang perlu, Simpan, kemudian Esc untuk kembali</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Tutup tetapan</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner (USB, types into the scan field)</source>
        <translation>Pengimbas papan kekunci (USB, menaip ke ruang imbasan)</translation>
    </message>
    <message>
        <source>Simulated scanner (no hardware)</source>
        <translation>Pengimbas simulasi (tiada perkakasan)</translation>
    </message>
    <message>
        <source>Simulated scale (no hardware)</source>
        <translation>Penimbang simulasi (tiada perkakasan)</translation>
    </message>
    <message>
        <source>No scale: weights typed in by hand</source>
        <translation>Tiada penimbang: berat ditaip secara manual</translation>
    </message>
    <message>
        <source>Serial scanner on {where}, 9600 baud</source>
        <translation>Pengimbas bersiri di {where}, 9600 baud</translation>
    </message>
    <message>
        <source>Scale on {where}, MT-SICS (asked)</source>
        <translation>Penimbang di {where}, MT-SICS (ditanya)</translation>
    </message>
    <message>
        <source>Scale on {where}, continuous output</source>
        <translation>Penimbang di {where}, output berterusan</translation>
    </message>
    <message>
        <source>Simulated printer (no hardware)</source>
        <translation>Pencetak simulasi (tiada perkakasan)</translation>
    </message>
    <message>
        <source>Save labels as files in {folder}</source>
        <translation>Simpan label sebagai fail dalam {folder}</translation>
    </message>
    <message>
        <source>USB printer at {device}</source>
        <translation>Pencetak USB di {device}</translation>
    </message>
    <message>
        <source>Printer queue {queue} (CUPS)</source>
        <translation>Baris gilir pencetak {queue} (CUPS)</translation>
    </message>
    <message>
        <source>Network printer: replace HOST with its address</source>
        <translation>Pencetak rangkaian: gantikan HOST dengan alamatnya</translation>
    </message>
    <message>
        <source>Simulated camera (no hardware)</source>
        <translation>Kamera simulasi (tiada perkakasan)</translation>
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
        <translation>mencari peranti …</translation>
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
        <translation>{count} pesanan yang sudah dilaporkan ditinggalkan (--again untuk sertakan)</translation>
    </message>
    <message>
        <source>{count} split order(s) left out (several parcels with different tracking numbers; ship them through the API or by hand): {orders}</source>
        <translation>{count} pesanan berpecah ditinggalkan (beberapa bungkusan dengan nombor penjejakan berbeza; hantar melalui API atau secara manual): {orders}</translation>
    </message>
    <message>
        <source>{count} order(s) shipped with the marketplace&apos;s own label left out (it knows their tracking numbers)</source>
        <translation>{count} pesanan yang dihantar dengan label pasaran ditinggalkan (pasaran sudah tahu nombor penjejakannya)</translation>
    </message>
    <message>
        <source>{count} order(s) without a tracking number left out</source>
        <translation>{count} pesanan tanpa nombor penjejakan ditinggalkan</translation>
    </message>
    <message>
        <source>carrier {carrier} ({count} order(s)) is not in the provider table; written as it is (add it under [channels.provider_names])</source>
        <translation>kurier {carrier} ({count} pesanan) tiada dalam jadual penyedia; ditulis seadanya (tambah di bawah [channels.provider_names])</translation>
    </message>
</context>
<context>
    <name>SimPanel</name>
    <message>
        <source>Simulated scanner</source>
        <translation>Pengimbas simulasi</translation>
    </message>
    <message>
        <source>click to scan</source>
        <translation>klik untuk imbas</translation>
    </message>
    <message>
        <source>Next order in queue</source>
        <translation>Pesanan seterusnya dalam giliran</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Kod bar tidak dikenali</translation>
    </message>
    <message>
        <source>Simulated scale</source>
        <translation>Penimbang simulasi</translation>
    </message>
    <message>
        <source>Wrong weight (+20 % and 150 g)</source>
        <translation>Berat salah (+20 % dan 150 g)</translation>
    </message>
    <message>
        <source>Empty scale</source>
        <translation>Penimbang kosong</translation>
    </message>
    <message>
        <source>Wrong weight: open an order at the Pack step first.</source>
        <translation>Berat salah: buka pesanan di langkah Bungkus dahulu.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Giliran kosong.</translation>
    </message>
</context>
<context>
    <name>Staged</name>
    <message>
        <source>Nothing staged for collection.</source>
        <translation>Tiada bungkusan menunggu diambil.</translation>
    </message>
    <message>
        <source>Next collection due: order {order} ({carrier}) by {when}</source>
        <translation>Kutipan seterusnya: pesanan {order} ({carrier}) sebelum {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staged for collection&lt;/b&gt; (F12: dispatch)</source>
        <translation>&lt;b&gt;Menunggu kutipan&lt;/b&gt; (F12: serahan)</translation>
    </message>
    <message>
        <source>Reading the staged parcels</source>
        <translation>Membaca bungkusan yang menunggu diambil</translation>
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
        <translation>Log masuk dahulu: imbas lencana atau taip PIN.</translation>
    </message>
    <message>
        <source>No order is open: scan an order or press F2.</source>
        <translation>Tiada pesanan dibuka: imbas pesanan atau tekan F2.</translation>
    </message>
    <message>
        <source>This</source>
        <translation>Ini</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>Bukan penyelia.</translation>
    </message>
    <message>
        <source>{message} — all items verified. Pack it.</source>
        <translation>{message} — semua barang disahkan. Bungkus sekarang.</translation>
    </message>
    <message>
        <source>Box {box} for parcel {parcel}.</source>
        <translation>Kotak {box} untuk bungkusan {parcel}.</translation>
    </message>
    <message>
        <source>Choosing the box</source>
        <translation>Memilih kotak</translation>
    </message>
    <message>
        <source>Order split into {count} parcels: weigh parcel {parcel}.</source>
        <translation>Pesanan dipecah kepada {count} bungkusan: timbang bungkusan {parcel}.</translation>
    </message>
    <message>
        <source>Adding a parcel</source>
        <translation>Menambah bungkusan</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Menimbang</translation>
    </message>
    <message>
        <source>Packed in {count} parcel(s). {labels}</source>
        <translation>Dibungkus dalam {count} bungkusan. {labels}</translation>
    </message>
    <message>
        <source>Finishing packing</source>
        <translation>Menyelesaikan pembungkusan</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>Mencetak label</translation>
    </message>
    <message>
        <source>Recording the label as printed</source>
        <translation>Merekod label sudah dicetak</translation>
    </message>
    <message>
        <source>Retrying the label</source>
        <translation>Mencuba semula label</translation>
    </message>
    <message>
        <source>Reprinting the label</source>
        <translation>Mencetak semula label</translation>
    </message>
    <message>
        <source>Voiding the label</source>
        <translation>Membatalkan label</translation>
    </message>
    <message>
        <source>Label printed: the printer took the waiting label.</source>
        <translation>Label dicetak: pencetak sudah menerima label yang menunggu.</translation>
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
        <translation>Merekod keputusan penyelia</translation>
    </message>
    <message>
        <source>{photos} Order {order} is done: {next}.</source>
        <translation>{photos} Pesanan {order} siap: {next}.</translation>
    </message>
    <message>
        <source>This station has no label service: labels cannot be printed here.</source>
        <translation>Stesen ini tiada perkhidmatan label: label tidak boleh dicetak di sini.</translation>
    </message>
    <message>
        <source>Label reprinted ({reason}). {labels}</source>
        <translation>Label dicetak semula ({reason}). {labels}</translation>
    </message>
    <message>
        <source>Label voided by {who} ({reason}); press {key} to print a new label.</source>
        <translation>Label dibatalkan oleh {who} ({reason}); tekan {key} untuk mencetak label baharu.</translation>
    </message>
    <message>
        <source>This station has no camera set up: a supervisor may waive the photos.</source>
        <translation>Stesen ini tiada kamera: penyelia boleh mengecualikan foto.</translation>
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
        <translation>Foto dikecualikan oleh {who} (kamera rosak).</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>sudah diserahkan</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>kuriernya</translation>
    </message>
    <message>
        <source>staged for {carrier} ({location}): put it with that carrier&apos;s parcels</source>
        <translation>menunggu {carrier} ({location}): letak bersama bungkusan kurier itu</translation>
    </message>
    <message>
        <source>staged for {carrier}: put it with that carrier&apos;s parcels</source>
        <translation>menunggu {carrier}: letak bersama bungkusan kurier itu</translation>
    </message>
    <message>
        <source>No weight to accept: weigh the parcel first.</source>
        <translation>Tiada berat untuk diterima: timbang bungkusan dahulu.</translation>
    </message>
    <message>
        <source>{code} is not a box. Scan a box code, or press {key} to weigh.</source>
        <translation>{code} bukan kotak. Imbas kod kotak, atau tekan {key} untuk menimbang.</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>Kotak {code} tidak dikenali.</translation>
    </message>
    <message>
        <source>No stable weight yet: wait for the scale.</source>
        <translation>Berat belum stabil: tunggu penimbang.</translation>
    </message>
    <message>
        <source>Choose a box first.</source>
        <translation>Pilih kotak dahulu.</translation>
    </message>
    <message>
        <source>Admin {name} created. Log in with the PIN.</source>
        <translation>Pentadbir {name} dicipta. Log masuk dengan PIN.</translation>
    </message>
    <message>
        <source>Creating the first admin</source>
        <translation>Mencipta pentadbir pertama</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>Hello {name} ({role}).</source>
        <translation>Helo {name} ({role}).</translation>
    </message>
    <message>
        <source>{hello} Resumed order {order} at {step}.</source>
        <translation>{hello} Menyambung pesanan {order} pada langkah {step}.</translation>
    </message>
    <message>
        <source>Locked: the station was idle. Scan your badge or type your PIN.</source>
        <translation>Dikunci: stesen terbiar. Imbas lencana atau taip PIN.</translation>
    </message>
    <message>
        <source>Logged out. Scan your badge or type your PIN.</source>
        <translation>Sudah log keluar. Imbas lencana atau taip PIN.</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <source>Opening settings</source>
        <translation>Membuka tetapan</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Tiada yang berubah.</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}; after a restart: {later}.</source>
        <translation>Disimpan; berkuat kuasa sekarang: {now}; selepas dimulakan semula: {later}.</translation>
    </message>
    <message>
        <source>Saved; after a restart: {later}.</source>
        <translation>Disimpan; berkuat kuasa selepas dimulakan semula: {later}.</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}.</source>
        <translation>Disimpan; berkuat kuasa sekarang: {now}.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Menyimpan tetapan</translation>
    </message>
    <message>
        <source>{refusal} (and no badge)</source>
        <translation>{refusal} (dan bukan lencana)</translation>
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
        <translation>Mengambil pesanan seterusnya</translation>
    </message>
    <message>
        <source>Order {order}: check it, then scan the first item.</source>
        <translation>Pesanan {order}: semak, kemudian imbas barang pertama.</translation>
    </message>
    <message>
        <source>Starting to pick</source>
        <translation>Mula mengambil</translation>
    </message>
    <message>
        <source>Order {order} is {status}: finish it or put it on hold.</source>
        <translation>Pesanan {order} berstatus {status}: siapkan atau tahan.</translation>
    </message>
    <message>
        <source>Putting the order back</source>
        <translation>Memulangkan pesanan</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>Tunggu label, kemudian lekatkan pada bungkusan.</translation>
    </message>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>Imbasan tidak digunakan pada langkah ini: {code}</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Mengimbas</translation>
    </message>
    <message>
        <source>Last scan undone ({reason}). Put that item back.</source>
        <translation>Imbasan terakhir dibatalkan ({reason}). Letak semula barang itu.</translation>
    </message>
    <message>
        <source>Undoing the scan</source>
        <translation>Membatalkan imbasan</translation>
    </message>
    <message>
        <source>On hold: {reason}. A supervisor can release it.</source>
        <translation>Ditahan: {reason}. Penyelia boleh melepaskannya.</translation>
    </message>
    <message>
        <source>Putting the order on hold</source>
        <translation>Menahan pesanan</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>Taip nota: kenapa ini diterima?</translation>
    </message>
    <message>
        <source>Weight of parcel {parcel} accepted by {who}.</source>
        <translation>Berat bungkusan {parcel} diterima oleh {who}.</translation>
    </message>
    <message>
        <source>Order {order} accepted short by {who}.</source>
        <translation>Pesanan {order} diterima tidak cukup oleh {who}.</translation>
    </message>
    <message>
        <source>Order {order} released by {who}.</source>
        <translation>Pesanan {order} dilepaskan oleh {who}.</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Melepaskan</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>Membuka tetingkap semakan</translation>
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
        <translation>belum log masuk</translation>
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
        <translation>Log keluar</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>Kembali membungkus</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>Mod serahan kurier</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Review needs a supervisor: ask one to log in with their badge.</source>
        <translation>Semakan perlukan penyelia: minta penyelia log masuk dengan lencananya.</translation>
    </message>
    <message>
        <source>People are managed by a supervisor or admin: ask one to log in.</source>
        <translation>Pekerja diurus oleh penyelia atau admin: minta seorang log masuk.</translation>
    </message>
    <message>
        <source>{command} is not available on this step.</source>
        <translation>{command} tiada dalam langkah ini.</translation>
    </message>
    <message>
        <source>Unknown command barcode {code}: print a new command sheet.</source>
        <translation>Kod bar arahan tidak dikenali {code}: cetak helaian arahan baharu.</translation>
    </message>
    <message>
        <source>Log in first, then press Ctrl+T for returns.</source>
        <translation>Log masuk dahulu, kemudian tekan Ctrl+T untuk pulangan.</translation>
    </message>
    <message>
        <source>Counting stock needs a supervisor: ask one to log in with their badge.</source>
        <translation>Kiraan stok perlukan penyelia: minta seorang log masuk dengan lencana.</translation>
    </message>
    <message>
        <source> (did you mean {code}?)</source>
        <translation> (maksud anda {code}?)</translation>
    </message>
    <message>
        <source>Scan not read: {reason}</source>
        <translation>Imbasan tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>{device} is back.</source>
        <translation>{device} sudah kembali.</translation>
    </message>
    <message>
        <source>Video: {message} Packing goes on; the order is marked video incomplete.</source>
        <translation>Video: {message} Pembungkusan diteruskan; pesanan ditanda video tidak lengkap.</translation>
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
        <translation>Sedia</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Disahkan</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Diambil</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Sudah dibungkus</translation>
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
        <translation>Sedia diserahkan</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sudah dihantar</translation>
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
        <translation>Sudah dihantar</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Hilang</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Dipulangkan</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Sedang dihantar</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Gagal dihantar</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Rosak</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Confirm</source>
        <translation>Sahkan</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Ambil</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Bungkus</translation>
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
        <translation>Siap</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>{sku} ({needed} needed, {available} available)</source>
        <translation>{sku} (perlu {needed}, ada {available})</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>ada stok</translation>
    </message>
    <message>
        <source>waiting for stock: {missing}</source>
        <translation>menunggu stok: {missing}</translation>
    </message>
    <message>
        <source>low stock: {sku} has {available} available (alert at {threshold})</source>
        <translation>stok rendah: {sku} ada {available} tersedia (amaran pada {threshold})</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>The count could not be read or written; nothing was changed, try again.</source>
        <translation>Kiraan tidak dapat dibaca atau disimpan; tiada yang berubah, cuba lagi.</translation>
    </message>
    <message>
        <source>No units counted yet.</source>
        <translation>Belum ada unit dikira.</translation>
    </message>
    <message>
        <source>  difference {diff}</source>
        <translation>  beza {diff}</translation>
    </message>
    <message>
        <source>{sku}: counted {counted}, books {expected}</source>
        <translation>{sku}: dikira {counted}, rekod {expected}</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label.</source>
        <translation>Imbas label rak.</translation>
    </message>
    <message>
        <source>Counted. Scan the next bin&apos;s label.</source>
        <translation>Sudah dikira. Imbas label rak seterusnya.</translation>
    </message>
    <message>
        <source>Scan the label of the bin to count.</source>
        <translation>Imbas label rak yang hendak dikira.</translation>
    </message>
    <message>
        <source>Scan every unit in bin {bin}, then confirm the count.</source>
        <translation>Imbas setiap unit dalam rak {bin}, kemudian sahkan kiraan.</translation>
    </message>
    <message>
        <source>Bin {bin}: scan each unit, then confirm.</source>
        <translation>Rak {bin}: imbas setiap unit, kemudian sahkan.</translation>
    </message>
    <message>
        <source>Nothing was read; scan again.</source>
        <translation>Tiada yang dibaca; imbas semula.</translation>
    </message>
    <message>
        <source>{code} is a product barcode: scan the bin&apos;s label first.</source>
        <translation>{code} ialah kod bar produk: imbas label rak dahulu.</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: not counted.</source>
        <translation>Kod bar tidak dikenali {code}: tidak dikira.</translation>
    </message>
    <message>
        <source>No {sku} counted to take back.</source>
        <translation>Tiada {sku} dikira untuk ditolak.</translation>
    </message>
    <message>
        <source>No unit counted to take back.</source>
        <translation>Tiada unit dikira untuk ditolak.</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label first.</source>
        <translation>Imbas label rak dahulu.</translation>
    </message>
    <message>
        <source>{sku}: counted {counted} but {reserved} are reserved for orders; count again or release those orders.</source>
        <translation>{sku}: dikira {counted} tetapi {reserved} ditempah untuk pesanan; kira semula atau lepaskan pesanan itu.</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>tiada perbezaan</translation>
    </message>
    <message>
        <source>Bin {bin} counted: {words}.</source>
        <translation>Rak {bin} sudah dikira: {words}.</translation>
    </message>
    <message>
        <source>Count cancelled; nothing was changed.</source>
        <translation>Kiraan dibatalkan; tiada yang berubah.</translation>
    </message>
    <message>
        <source>{sku}: {count} counted.</source>
        <translation>{sku}: {count} dikira.</translation>
    </message>
</context>
<context>
    <name>StockCountPage</name>
    <message>
        <source>Counted</source>
        <translation>Dikira</translation>
    </message>
    <message>
        <source>Stock count: bin {bin} counted. Scan the next bin&apos;s label.</source>
        <translation>Kiraan stok: rak {bin} sudah dikira. Imbas label rak seterusnya.</translation>
    </message>
    <message>
        <source>Stock count: bin {bin}</source>
        <translation>Kiraan stok: rak {bin}</translation>
    </message>
    <message>
        <source>Stock count: scan the bin&apos;s label</source>
        <translation>Kiraan stok: imbas label rak</translation>
    </message>
    <message>
        <source>Recorded: {list}</source>
        <translation>Direkod: {list}</translation>
    </message>
    <message>
        <source>Differences: {list}</source>
        <translation>Perbezaan: {list}</translation>
    </message>
    <message>
        <source>No differences (recorded)</source>
        <translation>Tiada perbezaan (direkod)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Tiada perbezaan</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>Kembali membungkus</translation>
    </message>
    <message>
        <source>Confirm count</source>
        <translation>Sahkan kiraan</translation>
    </message>
    <message>
        <source>Take back last unit</source>
        <translation>Tarik balik unit terakhir</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Batalkan kiraan</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>scanned {sku} ({picked}/{quantity})</source>
        <translation>mengimbas {sku} ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} rejected: {why}</source>
        <translation>imbasan {barcode} ditolak: {why}</translation>
    </message>
    <message>
        <source>undid scan of {sku}: {reason}</source>
        <translation>membatalkan imbasan {sku}: {reason}</translation>
    </message>
    <message>
        <source>held: {reason}</source>
        <translation>ditahan: {reason}</translation>
    </message>
    <message>
        <source>released back to {status} — note: &quot;{note}&quot;</source>
        <translation>dilepaskan kembali ke {status} — nota: &quot;{note}&quot;</translation>
    </message>
    <message>
        <source>released back to {status}</source>
        <translation>dilepaskan kembali ke {status}</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g</source>
        <translation>bungkusan {parcel} ditimbang {grams} g, dijangka {expected} g</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g (out of tolerance)</source>
        <translation>bungkusan {parcel} ditimbang {grams} g, dijangka {expected} g (luar toleransi)</translation>
    </message>
    <message>
        <source>weight of parcel {parcel} accepted: {reason}</source>
        <translation>berat bungkusan {parcel} diterima: {reason}</translation>
    </message>
    <message>
        <source>label printed, tracking {tracking}</source>
        <translation>label dicetak, penjejakan {tracking}</translation>
    </message>
    <message>
        <source>label reprinted: {reason}</source>
        <translation>label dicetak semula: {reason}</translation>
    </message>
    <message>
        <source>label {tracking} voided: {reason}</source>
        <translation>label {tracking} dibatalkan: {reason}</translation>
    </message>
    <message>
        <source>photo {kind} (label visible)</source>
        <translation>foto {kind} (label kelihatan)</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>foto {kind}</translation>
    </message>
    <message>
        <source>photos waived ({missing}): {reason}</source>
        <translation>foto dikecualikan ({missing}): {reason}</translation>
    </message>
    <message>
        <source>dispute flagged: {note}</source>
        <translation>pertikaian ditanda: {note}</translation>
    </message>
    <message>
        <source>flag cleared {note}</source>
        <translation>bendera dibuang {note}</translation>
    </message>
    <message>
        <source>flag cleared</source>
        <translation>bendera dibuang</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>dibatalkan: {reason}</translation>
    </message>
    <message>
        <source>carrier: {status} {note}</source>
        <translation>kurier: {status} {note}</translation>
    </message>
    <message>
        <source>carrier: {status}</source>
        <translation>kurier: {status}</translation>
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
        <translation>kuriernya</translation>
    </message>
    <message>
        <source>parcel {parcel} scanned into handover {manifest}</source>
        <translation>bungkusan {parcel} diimbas ke serahan {manifest}</translation>
    </message>
    <message>
        <source>refused at handover {manifest}: {message}</source>
        <translation>ditolak semasa serahan {manifest}: {message}</translation>
    </message>
    <message>
        <source>partial handover allowed in {manifest}: {reason}</source>
        <translation>serahan separa dibenarkan dalam {manifest}: {reason}</translation>
    </message>
    <message>
        <source>shipped: handed over in manifest {manifest}</source>
        <translation>dihantar: diserahkan dalam manifes {manifest}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tiada)</translation>
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
        <translation>bukti penghantaran disimpan: {source}</translation>
    </message>
    <message>
        <source>alert: {what}</source>
        <translation>amaran: {what}</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Printer</source>
        <translation>Pencetak</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Penimbang</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Pengimbas</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>check its cable and power</source>
        <translation>periksa kabel dan kuasanya</translation>
    </message>
    <message>
        <source>check its cable (or plug it in again)</source>
        <translation>periksa kabelnya (atau cucuk semula)</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when it is back</source>
        <translation>pembungkusan diteruskan; pesanan dihantar apabila ia kembali</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when the network is back</source>
        <translation>pembungkusan diteruskan; pesanan dihantar apabila rangkaian kembali</translation>
    </message>
    <message>
        <source>Printer out of labels: load a new roll, then press Retry.</source>
        <translation>Label pencetak habis: pasang gulungan baru, kemudian tekan Cuba lagi.</translation>
    </message>
    <message>
        <source>Printer ribbon finished: put in a new ribbon, then press Retry.</source>
        <translation>Reben pencetak habis: pasang reben baru, kemudian tekan Cuba lagi.</translation>
    </message>
    <message>
        <source>Printer lid open: close it, then press Retry.</source>
        <translation>Penutup pencetak terbuka: tutup, kemudian tekan Cuba lagi.</translation>
    </message>
    <message>
        <source>Printer paused: press its pause button once.</source>
        <translation>Pencetak dijeda: tekan butang jedanya sekali.</translation>
    </message>
    <message>
        <source>Printer not answering: check its cable and power.</source>
        <translation>Pencetak tidak menjawab: periksa kabel dan kuasanya.</translation>
    </message>
    <message>
        <source>Printer needs attention: look at its display or lights.</source>
        <translation>Pencetak perlu diperiksa: lihat paparan atau lampunya.</translation>
    </message>
    <message>
        <source>{device} not answering: {check}.</source>
        <translation>{device} tidak menjawab: {check}.</translation>
    </message>
    <message>
        <source>{device} is slow to answer: {check}, then try again.</source>
        <translation>{device} lambat menjawab: {check}, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>{device} not found: {check}, or choose it again in Settings (Ctrl+S).</source>
        <translation>{device} tidak dijumpai: {check}, atau pilih semula dalam Tetapan (Ctrl+S).</translation>
    </message>
    <message>
        <source>{device} cannot be used by this station (no permission): ask the admin to set it up.</source>
        <translation>{device} tidak boleh digunakan stesen ini (tiada kebenaran): minta admin sediakan.</translation>
    </message>
    <message>
        <source>The disk is full: ask the admin to free space; packing goes on.</source>
        <translation>Cakera penuh: minta admin kosongkan ruang; pembungkusan diteruskan.</translation>
    </message>
    <message>
        <source>{device} trouble: {check}, then try again.</source>
        <translation>{device} bermasalah: {check}, kemudian cuba lagi.</translation>
    </message>
    <message>
        <source>Camera picture frozen: check its cable (or plug it in again).</source>
        <translation>Gambar kamera beku: periksa kabelnya (atau cucuk semula).</translation>
    </message>
    <message>
        <source>{doing} did not work: the disk is full. Ask the admin to free space.</source>
        <translation>{doing} gagal: cakera penuh. Minta admin kosongkan ruang.</translation>
    </message>
    <message>
        <source>{doing} did not work: a device or the network did not answer. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} gagal: peranti atau rangkaian tidak menjawab. Cuba lagi; jika masih gagal, panggil penyelia.</translation>
    </message>
    <message>
        <source>{doing} did not work. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} gagal. Cuba lagi; jika masih gagal, panggil penyelia.</translation>
    </message>
    <message>
        <source>The printer stopped answering while the label was sent: if no label came out, press Reprint.</source>
        <translation>Pencetak berhenti menjawab semasa label dihantar: jika label tidak keluar, tekan Cetak semula.</translation>
    </message>
    <message>
        <source> The label prints when it answers.</source>
        <translation> Label dicetak apabila pencetak menjawab.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>ok</source>
        <translation>disahkan</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>belum diperiksa</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>fail berubah</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fail hilang</translation>
    </message>
    <message>
        <source>record_edited</source>
        <translation>rekod diubah</translation>
    </message>
    <message>
        <source>chain_broken</source>
        <translation>rantai terputus</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>susunan diubah</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>no video</source>
        <translation>tiada video</translation>
    </message>
    <message>
        <source>{seconds} s missing</source>
        <translation>{seconds} saat hilang</translation>
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
        <translation>Tiada video pembungkusan</translation>
    </message>
    <message>
        <source>Video incomplete: {seconds} s missing</source>
        <translation>Video tidak lengkap: {seconds} saat hilang</translation>
    </message>
    <message>
        <source>{what}; {acceptance}</source>
        <translation>{what}; {acceptance}</translation>
    </message>
    <message>
        <source>{what}; the earlier acceptance ({seconds} s) no longer covers it</source>
        <translation>{what}; penerimaan sebelum ini ({seconds} saat) tidak lagi meliputinya</translation>
    </message>
    <message>
        <source>{what}; not accepted by a supervisor</source>
        <translation>{what}; belum diterima oleh penyelia</translation>
    </message>
    <message>
        <source>Accepting an incomplete video</source>
        <translation>Menerima video tidak lengkap</translation>
    </message>
    <message>
        <source>Say why the incomplete video is accepted.</source>
        <translation>Nyatakan kenapa video tidak lengkap ini diterima.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>Sebabnya terlalu panjang (paling banyak {most} aksara).</translation>
    </message>
    <message>
        <source>There is no order {order}.</source>
        <translation>Tiada pesanan {order}.</translation>
    </message>
    <message>
        <source>The video of order {order} is complete: nothing to accept.</source>
        <translation>Video pesanan {order} sudah lengkap: tiada apa-apa untuk diterima.</translation>
    </message>
    <message>
        <source>The video of order {order} is already accepted.</source>
        <translation>Video pesanan {order} sudah diterima.</translation>
    </message>
    <message>
        <source>scan {barcode} ok ({picked}/{quantity})</source>
        <translation>imbas {barcode} betul ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} {verdict}</source>
        <translation>imbas {barcode} {verdict}</translation>
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
        <translation>Menyemak video…</translation>
    </message>
    <message>
        <source>The video could not be checked (the log has the details).</source>
        <translation>Video tidak dapat disemak (butiran dalam log).</translation>
    </message>
    <message>
        <source>Accept incomplete video</source>
        <translation>Terima video tidak lengkap</translation>
    </message>
    <message>
        <source>Why is the video of order {order} accepted as it is?</source>
        <translation>Kenapa video pesanan {order} diterima seadanya?</translation>
    </message>
    <message>
        <source>the decision could not be saved (the log has the details)</source>
        <translation>keputusan tidak dapat disimpan (butiran dalam log)</translation>
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
        <translation>Pesanan ini tiada video.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Main</translation>
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
        <translation>◀◀ peristiwa</translation>
    </message>
    <message>
        <source>event ▶▶</source>
        <translation>peristiwa ▶▶</translation>
    </message>
    <message>
        <source>Export clip…</source>
        <translation>Eksport klip…</translation>
    </message>
    <message numerus="yes">
        <source>Packing video {start}Z, {seconds} s, %n event(s)</source>
        <translation>
            <numerusform>Video pembungkusan {start}Z, {seconds} saat, %n peristiwa</numerusform>
        </translation>
    </message>
    <message>
        <source>VIDEO INCOMPLETE ({seconds} s missing)</source>
        <translation>VIDEO TIDAK LENGKAP ({seconds} saat hilang)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>{event} at {time}Z</source>
        <translation>{event} pada {time}Z</translation>
    </message>
    <message>
        <source>Export clip</source>
        <translation>Eksport klip</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip not exported (the log has the details).</source>
        <translation>Klip tidak dieksport (butiran dalam log).</translation>
    </message>
</context>
</TS>
