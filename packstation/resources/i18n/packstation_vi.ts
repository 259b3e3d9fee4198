<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AlertStrip</name>
    <message>
        <source>⚠ {alert}  (click when seen)</source>
        <translation>⚠ {alert}  (bấm khi đã xem)</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>packstation daily digest {day}: {count} alert(s)</source>
        <translation>Bản tổng hợp hằng ngày của packstation {day}: {count} cảnh báo</translation>
    </message>
    <message>
        <source>{count} delivery alerts: {title}, ...</source>
        <translation>{count} cảnh báo giao hàng: {title}, ...</translation>
    </message>
    <message>
        <source>Low stock: {sku}</source>
        <translation>Sắp hết hàng: {sku}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>Order {order} was cancelled; do not pack it.</source>
        <translation>Đơn {order} đã bị hủy; không đóng gói.</translation>
    </message>
    <message>
        <source>Order {order} is being packed at another station.</source>
        <translation>Đơn {order} đang được đóng gói ở trạm khác.</translation>
    </message>
    <message>
        <source>Order {order} is being packed at station {station} until {time} UTC.</source>
        <translation>Đơn {order} đang được đóng gói ở trạm {station} đến {time} UTC.</translation>
    </message>
    <message>
        <source>offline: packing an order claimed ahead</source>
        <translation>ngoại tuyến: đang đóng gói đơn đã nhận trước</translation>
    </message>
    <message>
        <source>central store unreachable: order {order} was not claimed ahead by this station, so it cannot be packed offline. Take an order from the claimed-ahead list, or wait for the network.</source>
        <translation>không kết nối được kho trung tâm: trạm này chưa nhận trước đơn {order}, nên không thể đóng gói khi ngoại tuyến. Hãy lấy một đơn trong danh sách đã nhận trước, hoặc chờ có mạng.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Show the hotkeys and what this step expects</source>
        <translation>Hiện phím tắt và việc cần làm ở bước này</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Đơn tiếp theo</translation>
    </message>
    <message>
        <source>Take the most urgent order from the queue</source>
        <translation>Lấy đơn gấp nhất trong hàng chờ</translation>
    </message>
    <message>
        <source>OK / confirm</source>
        <translation>OK / xác nhận</translation>
    </message>
    <message>
        <source>Accept the current step</source>
        <translation>Xác nhận bước hiện tại</translation>
    </message>
    <message>
        <source>Undo scan</source>
        <translation>Hoàn tác quét</translation>
    </message>
    <message>
        <source>Undo the last accepted scan</source>
        <translation>Hoàn tác lần quét đúng gần nhất</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Capture a proof photo of the parcel</source>
        <translation>Chụp ảnh bằng chứng của kiện hàng</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>Kiện mới</translation>
    </message>
    <message>
        <source>Start another parcel for this order</source>
        <translation>Bắt đầu thêm một kiện cho đơn này</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>In lại nhãn</translation>
    </message>
    <message>
        <source>Print the shipping label again</source>
        <translation>In lại nhãn vận chuyển</translation>
    </message>
    <message>
        <source>Hold order</source>
        <translation>Tạm giữ đơn</translation>
    </message>
    <message>
        <source>Put the order on hold: short pick, damage, weight</source>
        <translation>Tạm giữ đơn: thiếu hàng, hư hỏng, sai cân nặng</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>Bỏ tạm giữ</translation>
    </message>
    <message>
        <source>Release an order on hold</source>
        <translation>Bỏ tạm giữ một đơn</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>Hủy nhãn</translation>
    </message>
    <message>
        <source>Void the shipping label</source>
        <translation>Hủy nhãn vận chuyển</translation>
    </message>
    <message>
        <source>Cancel / back</source>
        <translation>Hủy / quay lại</translation>
    </message>
    <message>
        <source>Close the prompt; the order stays where it is</source>
        <translation>Đóng hộp hỏi; đơn vẫn ở bước cũ</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Log out of the station</source>
        <translation>Đăng xuất khỏi bàn đóng gói</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>Chế độ giao hàng</translation>
    </message>
    <message>
        <source>Hand parcels to a courier: scan each one out</source>
        <translation>Giao kiện cho shipper: quét từng kiện ra</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>Station commands</source>
        <translation>Lệnh của bàn đóng gói</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>Bàn {name}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>trang {page}/{pages}</translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation> (giám sát)</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>⚠ FRAGILE: pad every item</source>
        <translation>⚠ HÀNG DỄ VỠ: chèn lót từng món</translation>
    </message>
    <message>
        <source>Why put it on hold?</source>
        <translation>Vì sao tạm giữ?</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>Giao đến</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Đơn {order}</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>chưa có hãng vận chuyển</translation>
    </message>
    <message>
        <source>Buyer: {message}</source>
        <translation>Người mua: {message}</translation>
    </message>
    <message>
        <source>Start picking</source>
        <translation>Bắt đầu nhặt hàng</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Về hàng chờ</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n món</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>between</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>and</source>
        <translation>đến</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Carrier scan</source>
        <translation>Quét của hãng vận chuyển</translation>
    </message>
    <message>
        <source>Lost: delivery failed too often</source>
        <translation>Thất lạc: giao không thành công quá nhiều lần</translation>
    </message>
    <message>
        <source>Lost: not delivered in time after order creation</source>
        <translation>Thất lạc: không giao kịp thời hạn kể từ khi tạo đơn</translation>
    </message>
    <message>
        <source>Delayed: past the delivery due time</source>
        <translation>Chậm: đã quá hạn giao</translation>
    </message>
    <message>
        <source>Carrier reported an exception</source>
        <translation>Hãng vận chuyển báo sự cố</translation>
    </message>
    <message>
        <source>No carrier scan after handover (pickup missed?)</source>
        <translation>Không có lượt quét của hãng sau bàn giao (chưa lấy hàng?)</translation>
    </message>
    <message>
        <source>No tracking update: marketplace auto-cancel risk</source>
        <translation>Không có cập nhật vận chuyển: có nguy cơ sàn tự hủy đơn</translation>
    </message>
    <message>
        <source>Delivered after a Lost verdict (reopened)</source>
        <translation>Đã giao sau khi bị xác định thất lạc (mở lại)</translation>
    </message>
    <message>
        <source>Seller appeal</source>
        <translation>Người bán khiếu nại</translation>
    </message>
    <message>
        <source>Carrier claim</source>
        <translation>Khiếu nại hãng vận chuyển</translation>
    </message>
    <message>
        <source>Damaged (carrier scan)</source>
        <translation>Hư hỏng (quét của hãng)</translation>
    </message>
    <message>
        <source>Delivery failed (carrier scan)</source>
        <translation>Giao không thành công (quét của hãng)</translation>
    </message>
    <message>
        <source>Returned to sender (carrier scan)</source>
        <translation>Hoàn về người gửi (quét của hãng)</translation>
    </message>
    <message>
        <source>Delayed (carrier scan)</source>
        <translation>Chậm (quét của hãng)</translation>
    </message>
    <message>
        <source>{claim}: closed</source>
        <translation>{claim}: đã đóng</translation>
    </message>
    <message>
        <source>{claim}: {days} d left</source>
        <translation>{claim}: còn {days} ngày</translation>
    </message>
    <message>
        <source>{claim}: {hours} h left</source>
        <translation>{claim}: còn {hours} giờ</translation>
    </message>
    <message>
        <source>Order {order}: {condition}</source>
        <translation>Đơn {order}: {condition}</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>scanner</source>
        <translation>máy quét</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>cân</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>máy in</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>camera</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>đồng bộ</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>đã kết nối</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>đang kết nối lại</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>mô phỏng</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa rõ</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>tốt</translation>
    </message>
    <message>
        <source>off</source>
        <translation>tắt</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>rảnh</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>hết giấy</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ngoại tuyến</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>trục trặc</translation>
    </message>
    <message>
        <source>scale address: {problem}</source>
        <translation>địa chỉ cân: {problem}</translation>
    </message>
    <message>
        <source>no scale configured (scale = none); weights are entered by hand</source>
        <translation>chưa cấu hình cân (scale = none); khối lượng được nhập tay</translation>
    </message>
    <message>
        <source>scale answered: {reading} (raw {raw})</source>
        <translation>cân đã trả lời: {reading} (thô {raw})</translation>
    </message>
    <message>
        <source>scale answered but reports a problem: {problem}</source>
        <translation>cân đã trả lời nhưng báo lỗi: {problem}</translation>
    </message>
    <message>
        <source>no weight from the scale within {seconds} s: {problem}</source>
        <translation>không có khối lượng từ cân trong {seconds} giây: {problem}</translation>
    </message>
    <message>
        <source>scanner address: {problem}</source>
        <translation>địa chỉ máy quét: {problem}</translation>
    </message>
    <message>
        <source>keyboard-wedge scanner: test it by scanning into the station&apos;s scan field</source>
        <translation>máy quét kiểu bàn phím: thử bằng cách quét vào ô quét của trạm</translation>
    </message>
    <message>
        <source>scanner not reachable: {problem}</source>
        <translation>không kết nối được máy quét: {problem}</translation>
    </message>
    <message>
        <source>scanner read {code}</source>
        <translation>máy quét đọc được {code}</translation>
    </message>
    <message>
        <source>scanner sent something unusable: {problem}</source>
        <translation>máy quét gửi dữ liệu không dùng được: {problem}</translation>
    </message>
    <message>
        <source>scanner port opens, but no scan arrived within {seconds} s</source>
        <translation>cổng máy quét mở được, nhưng không có lần quét nào trong {seconds} giây</translation>
    </message>
    <message>
        <source>scanner port opens</source>
        <translation>cổng máy quét mở được</translation>
    </message>
    <message>
        <source>unknown device kind {kind}; use {kinds}</source>
        <translation>loại thiết bị không rõ {kind}; dùng {kinds}</translation>
    </message>
    <message>
        <source>{device} at {url} did not answer within {seconds} s</source>
        <translation>{device} tại {url} không trả lời trong {seconds} giây</translation>
    </message>
    <message>
        <source>camera address: {problem}</source>
        <translation>địa chỉ camera: {problem}</translation>
    </message>
    <message>
        <source>simulated camera</source>
        <translation>camera mô phỏng</translation>
    </message>
    <message>
        <source>camera clip {path} does not exist</source>
        <translation>không có đoạn phim camera {path}</translation>
    </message>
    <message>
        <source>camera {url} opens no picture (unplugged, or used by another program?)</source>
        <translation>camera {url} không có hình (đã rút dây, hoặc chương trình khác đang dùng?)</translation>
    </message>
    <message>
        <source>camera gives {width}x{height} frames</source>
        <translation>camera cho khung hình {width}x{height}</translation>
    </message>
    <message>
        <source>printer address: {problem}</source>
        <translation>địa chỉ máy in: {problem}</translation>
    </message>
</context>
<context>
    <name>DeviceUrlBox</name>
    <message>
        <source>Configured now</source>
        <translation>Đang cấu hình</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>Handover {id} for {carrier} resumed: {count}.</source>
        <translation>Tiếp tục bàn giao {id} cho {carrier}: {count}.</translation>
    </message>
    <message>
        <source>Dispatch mode: choose the carrier, or scan the courier&apos;s manifest barcode.</source>
        <translation>Chế độ giao hàng: chọn hãng vận chuyển, hoặc quét mã vạch phiếu của shipper.</translation>
    </message>
    <message>
        <source> Handover {id} stays open.</source>
        <translation> Bàn giao {id} vẫn mở.</translation>
    </message>
    <message>
        <source>Back to packing.</source>
        <translation>Quay lại đóng gói.</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>Chọn hãng vận chuyển trước (hoặc quét mã vạch phiếu của shipper).</translation>
    </message>
    <message>
        <source>Open handover resumed.</source>
        <translation>Tiếp tục bàn giao đang mở.</translation>
    </message>
    <message>
        <source>{carrier}: type or scan the courier&apos;s name, then OK.</source>
        <translation>{carrier}: nhập hoặc quét tên shipper, rồi bấm OK.</translation>
    </message>
    <message>
        <source>Drop-off {id} open: scan each parcel&apos;s label.</source>
        <translation>Đã mở gửi tại bưu cục {id}: quét nhãn từng kiện.</translation>
    </message>
    <message>
        <source>Handover {id} open: scan each parcel&apos;s label.</source>
        <translation>Đã mở bàn giao {id}: quét nhãn từng kiện.</translation>
    </message>
    <message>
        <source>Nothing was read: scan again.</source>
        <translation>Không đọc được: quét lại.</translation>
    </message>
    <message>
        <source>That is a parcel&apos;s label: open the handover first (the courier&apos;s name, then OK), then scan the parcels.</source>
        <translation>Đây là nhãn kiện hàng: mở bàn giao trước (tên shipper, rồi OK), sau đó quét các kiện.</translation>
    </message>
    <message>
        <source>Courier: {name}</source>
        <translation>Shipper: {name}</translation>
    </message>
    <message>
        <source>Plate read.</source>
        <translation>Đã đọc biển số.</translation>
    </message>
    <message>
        <source>This handover is closed: OK for a new one.</source>
        <translation>Bàn giao này đã đóng: bấm OK để mở bàn giao mới.</translation>
    </message>
    <message>
        <source>No handover is open: choose the carrier first.</source>
        <translation>Chưa có bàn giao nào mở: chọn hãng vận chuyển trước.</translation>
    </message>
    <message>
        <source>Nothing scanned to take out.</source>
        <translation>Chưa quét kiện nào để lấy ra.</translation>
    </message>
    <message>
        <source>{tracking} taken out of the handover.</source>
        <translation>Đã lấy {tracking} ra khỏi bàn giao.</translation>
    </message>
    <message>
        <source>No handover is open.</source>
        <translation>Chưa có bàn giao nào mở.</translation>
    </message>
    <message>
        <source>Nothing is scanned yet: scan the parcels first.</source>
        <translation>Chưa quét gì: quét các kiện trước.</translation>
    </message>
    <message>
        <source>order {order}: {parcels}</source>
        <translation>đơn {order}: {parcels}</translation>
    </message>
    <message>
        <source>Orders not complete: scan their other parcels first ({rest}).</source>
        <translation>Đơn chưa đủ kiện: quét các kiện còn lại trước ({rest}).</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} not scanned: scan them, or OK to leave them behind.</source>
        <translation>{count} kiện của {carrier} chưa quét: quét chúng, hoặc bấm OK để để lại.</translation>
    </message>
    <message>
        <source>Every waiting parcel is scanned. PHOTO: the parcels handed over.</source>
        <translation>Đã quét hết các kiện đang chờ. PHOTO: chụp các kiện bàn giao.</translation>
    </message>
    <message>
        <source>{count} parcel(s) stay behind. PHOTO: the parcels.</source>
        <translation>{count} kiện ở lại. PHOTO: chụp các kiện.</translation>
    </message>
    <message>
        <source>New handover: choose the carrier.</source>
        <translation>Bàn giao mới: chọn hãng vận chuyển.</translation>
    </message>
    <message>
        <source>Choose the carrier first.</source>
        <translation>Chọn hãng vận chuyển trước.</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>Chọn hãng vận chuyển.</translation>
    </message>
    <message>
        <source>Back to scanning.</source>
        <translation>Quay lại quét.</translation>
    </message>
    <message>
        <source>Press F12 to go back to packing.</source>
        <translation>Bấm F12 để quay lại đóng gói.</translation>
    </message>
    <message>
        <source>Photos are taken when closing: press OK when every parcel is scanned.</source>
        <translation>Ảnh được chụp khi đóng: bấm OK khi đã quét hết các kiện.</translation>
    </message>
    <message>
        <source>No camera at this station: the handover photos cannot be taken.</source>
        <translation>Trạm này không có camera: không chụp được ảnh bàn giao.</translation>
    </message>
    <message>
        <source>The camera gave no picture ({fault}); check it and press PHOTO again.</source>
        <translation>Camera không cho ảnh ({fault}); kiểm tra rồi bấm PHOTO lại.</translation>
    </message>
    <message>
        <source>Photo of the {kind} taken.</source>
        <translation>Đã chụp ảnh {kind}.</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name.</source>
        <translation>Shipper phải ký, hoặc nhập tên.</translation>
    </message>
    <message>
        <source>Acknowledged by {who}. OK to close the handover.</source>
        <translation>{who} đã xác nhận. Bấm OK để đóng bàn giao.</translation>
    </message>
    <message>
        <source>Confirm the parcels left behind first (OK).</source>
        <translation>Xác nhận các kiện để lại trước (OK).</translation>
    </message>
    <message>
        <source>Summary not printed: {fault}</source>
        <translation>Chưa in bản tóm tắt: {fault}</translation>
    </message>
    <message>
        <source>Manifest {id} closed: {parcels} parcel(s), {orders} order(s) Shipped.</source>
        <translation>Đã đóng biên bản {id}: {parcels} kiện, {orders} đơn Đã gửi.</translation>
    </message>
    <message>
        <source>Handover {id} resumed.</source>
        <translation>Tiếp tục bàn giao {id}.</translation>
    </message>
    <message>
        <source>Handover {id} is {state} ({count} parcels); choose the carrier for a new one.</source>
        <translation>Bàn giao {id} đang {state} ({count} kiện); chọn hãng vận chuyển để mở bàn giao mới.</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>không có hãng nào đang chờ</translation>
    </message>
    <message>
        <source>No carrier in {code}: choose one ({known}).</source>
        <translation>Không có hãng vận chuyển trong {code}: chọn một hãng ({known}).</translation>
    </message>
    <message>
        <source>Log in first: dispatch needs a packer or a supervisor.</source>
        <translation>Đăng nhập trước: giao hàng cần người đóng gói hoặc giám sát.</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>các kiện</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>shipper</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>biên nhận</translation>
    </message>
    <message>
        <source>{count} parcel(s) waiting</source>
        <translation>{count} kiện đang chờ</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} hạn hôm nay</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} TRỄ</translation>
    </message>
    <message>
        <source>open handover {id}</source>
        <translation>bàn giao đang mở {id}</translation>
    </message>
    <message>
        <source>Choose the carrier, or scan the courier&apos;s manifest barcode</source>
        <translation>Chọn hãng vận chuyển, hoặc quét mã vạch phiếu của shipper</translation>
    </message>
    <message>
        <source>Type or scan the {carrier} courier&apos;s name (and the vehicle plate), then OK</source>
        <translation>Nhập hoặc quét tên shipper {carrier} (và biển số xe), rồi bấm OK</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s label · {count} · OK when every parcel is scanned</source>
        <translation>Quét nhãn từng kiện · {count} · bấm OK khi đã quét hết</translation>
    </message>
    <message>
        <source>{count} parcel(s) left behind: scan them, or OK to leave them</source>
        <translation>{count} kiện bị để lại: quét chúng, hoặc bấm OK để để lại</translation>
    </message>
    <message>
        <source>At the drop-off point? PHOTO: the carrier&apos;s receipt, then OK</source>
        <translation>Đã đến bưu cục? PHOTO: chụp biên nhận của hãng, rồi bấm OK</translation>
    </message>
    <message>
        <source>OK to close the drop-off: the orders become Shipped</source>
        <translation>Bấm OK để đóng gửi tại bưu cục: các đơn thành Đã gửi</translation>
    </message>
    <message>
        <source>PHOTO: the parcels handed over</source>
        <translation>PHOTO: chụp các kiện bàn giao</translation>
    </message>
    <message>
        <source>The courier signs on the pad, or types their name</source>
        <translation>Shipper ký trên bảng ký, hoặc nhập tên</translation>
    </message>
    <message>
        <source>OK to close the handover: the orders become Shipped</source>
        <translation>Bấm OK để đóng bàn giao: các đơn thành Đã gửi</translation>
    </message>
    <message>
        <source>Manifest {id} closed · OK for a new handover, F12 to leave dispatch</source>
        <translation>Đã đóng biên bản {id} · OK để bàn giao mới, F12 để rời chế độ giao hàng</translation>
    </message>
    <message>
        <source>Summary not printed: the label printer is a desktop printer (the manifest PDF has it all).</source>
        <translation>Không in bản tóm tắt: máy in nhãn là máy in văn phòng (tệp PDF biên bản đã có đủ).</translation>
    </message>
    <message>
        <source>Summary printed on the label printer.</source>
        <translation>Đã in bản tóm tắt trên máy in nhãn.</translation>
    </message>
    <message>
        <source>Summary not printed: {reason}</source>
        <translation>Không in được bản tóm tắt: {reason}</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>{count} parcel(s) staged</source>
        <translation>{count} kiện chờ giao</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} TRỄ</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} hạn hôm nay</translation>
    </message>
    <message>
        <source>{count} handed over today</source>
        <translation>{count} đã bàn giao hôm nay</translation>
    </message>
    <message>
        <source>open: {handovers}</source>
        <translation>đang mở: {handovers}</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Staged parcels</source>
        <translation>Kiện chờ giao</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Hạn hôm nay</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ</translation>
    </message>
    <message>
        <source>Handed over today</source>
        <translation>Đã bàn giao hôm nay</translation>
    </message>
    <message>
        <source>Open handovers</source>
        <translation>Bàn giao đang mở</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bàn đóng gói</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>Lấy trước</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>Gửi đi trước</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} giờ {minutes} phút</translation>
    </message>
    <message>
        <source>LATE {time}</source>
        <translation>TRỄ {time}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Mở đơn</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Staged orders, most urgent collection first</source>
        <translation>Đơn chờ giao, đơn cần lấy gấp nhất trước</translation>
    </message>
    <message>
        <source>Reading the dispatch board…</source>
        <translation>Đang đọc bảng giao hàng…</translation>
    </message>
    <message>
        <source>The dispatch board could not be read (the log has the details).</source>
        <translation>Không đọc được bảng giao hàng (chi tiết trong nhật ký).</translation>
    </message>
    <message numerus="yes">
        <source>%n staged order(s)</source>
        <translation>
            <numerusform>%n đơn chờ giao</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} late · as of {time}</source>
        <translation>{late} trễ · lúc {time}</translation>
    </message>
    <message>
        <source>Select a staged order first.</source>
        <translation>Hãy chọn một đơn chờ giao trước.</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>parcels</source>
        <translation>các kiện</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>shipper</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>biên nhận</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>Tên shipper</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>Biển số xe (không bắt buộc)</translation>
    </message>
    <message>
        <source>Open handover</source>
        <translation>Mở bàn giao</translation>
    </message>
    <message>
        <source>Drop-off: we take them to the carrier</source>
        <translation>Tự gửi: chúng ta mang ra hãng vận chuyển</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Shipper</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>…or the courier types their name</source>
        <translation>…hoặc shipper nhập tên</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Xóa chữ ký</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>Đóng bàn giao</translation>
    </message>
    <message>
        <source>The courier signs:</source>
        <translation>Shipper ký:</translation>
    </message>
    <message>
        <source> · courier {name}</source>
        <translation> · shipper {name}</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>chọn hãng vận chuyển</translation>
    </message>
    <message>
        <source>Dispatch · {carrier}</source>
        <translation>Giao hàng · {carrier}</translation>
    </message>
    <message>
        <source>✔ Manifest {manifest}: {parcels}, {orders} Shipped.</source>
        <translation>✔ Biên bản {manifest}: {parcels}, {orders} Đã gửi.</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n kiện</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcels are staged: scan the courier&apos;s manifest barcode or type the carrier</source>
        <translation>Không có kiện nào chờ giao: quét mã vạch phiếu của shipper hoặc nhập hãng vận chuyển</translation>
    </message>
    <message>
        <source>order {order} · parcel {number}</source>
        <translation>đơn {order} · kiện {number}</translation>
    </message>
    <message>
        <source>order {order}: still {parcels}</source>
        <translation>đơn {order}: còn {parcels}</translation>
    </message>
    <message>
        <source>Not complete: {rest}</source>
        <translation>Chưa đủ: {rest}</translation>
    </message>
    <message>
        <source>confirmed: they stay</source>
        <translation>đã xác nhận: để lại</translation>
    </message>
    <message>
        <source>scan them, or OK to leave them</source>
        <translation>quét chúng, hoặc bấm OK để để lại</translation>
    </message>
    <message>
        <source>Left behind for {carrier} ({count}): {state}</source>
        <translation>Để lại cho {carrier} ({count}): {state}</translation>
    </message>
    <message>
        <source>Nothing left behind for this carrier.</source>
        <translation>Không còn kiện nào của hãng này.</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>đơn {order}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Drop-off photos: {taken} (PHOTO: the carrier&apos;s drop-off receipt)</source>
        <translation>Ảnh tự gửi: {taken} (PHOTO: biên nhận của hãng)</translation>
    </message>
    <message>
        <source>Take photo of the receipt</source>
        <translation>Chụp ảnh biên nhận</translation>
    </message>
    <message>
        <source>Handover photos: {taken} (PHOTO: the parcels, then the courier with them)</source>
        <translation>Ảnh bàn giao: {taken} (PHOTO: các kiện, rồi shipper cùng các kiện)</translation>
    </message>
    <message>
        <source>Take photo of the courier</source>
        <translation>Chụp ảnh shipper</translation>
    </message>
    <message>
        <source>Take photo of the parcels</source>
        <translation>Chụp ảnh các kiện</translation>
    </message>
    <message>
        <source>Close handover (acknowledged: {who})</source>
        <translation>Đóng bàn giao (đã xác nhận: {who})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Handover photo</source>
        <translation>Ảnh bàn giao</translation>
    </message>
    <message>
        <source>Take last parcel out</source>
        <translation>Lấy kiện vừa quét ra</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>✔ Order done</source>
        <translation>✔ Đơn đã xong</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Đơn tiếp theo</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Về hàng chờ</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>UnitScanned</source>
        <translation>Quét món hàng</translation>
    </message>
    <message>
        <source>ScanRejected</source>
        <translation>Quét bị từ chối</translation>
    </message>
    <message>
        <source>ScanUndone</source>
        <translation>Hủy lượt quét</translation>
    </message>
    <message>
        <source>OrderPicked</source>
        <translation>Đã nhặt xong đơn</translation>
    </message>
    <message>
        <source>ParcelWeighed</source>
        <translation>Cân kiện</translation>
    </message>
    <message>
        <source>WeightOverridden</source>
        <translation>Chấp nhận cân nặng</translation>
    </message>
    <message>
        <source>OrderPacked</source>
        <translation>Đã đóng gói đơn</translation>
    </message>
    <message>
        <source>LabelPrinted</source>
        <translation>Đã in nhãn</translation>
    </message>
    <message>
        <source>LabelReprinted</source>
        <translation>In lại nhãn</translation>
    </message>
    <message>
        <source>LabelVoided</source>
        <translation>Hủy nhãn</translation>
    </message>
    <message>
        <source>OrderLabelled</source>
        <translation>Đã dán nhãn đơn</translation>
    </message>
    <message>
        <source>PhotoTaken</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>PhotosWaived</source>
        <translation>Miễn chụp ảnh</translation>
    </message>
    <message>
        <source>OrderPhotographed</source>
        <translation>Đã chụp ảnh đơn</translation>
    </message>
    <message>
        <source>OrderStaged</source>
        <translation>Chờ giao</translation>
    </message>
    <message>
        <source>LabelStepReopened</source>
        <translation>Mở lại bước nhãn</translation>
    </message>
    <message>
        <source>CarrierStatusChanged</source>
        <translation>Trạng thái vận chuyển thay đổi</translation>
    </message>
    <message>
        <source>DeliveryStatusSet</source>
        <translation>Đặt trạng thái giao hàng</translation>
    </message>
    <message>
        <source>DeliveryProofKept</source>
        <translation>Lưu bằng chứng giao hàng</translation>
    </message>
    <message>
        <source>OrderShipped</source>
        <translation>Đã gửi đi</translation>
    </message>
    <message>
        <source>HandoverOpened</source>
        <translation>Mở bàn giao</translation>
    </message>
    <message>
        <source>ParcelScannedOut</source>
        <translation>Quét kiện giao đi</translation>
    </message>
    <message>
        <source>HandoverScanRefused</source>
        <translation>Quét bàn giao bị từ chối</translation>
    </message>
    <message>
        <source>PartialHandoverAllowed</source>
        <translation>Cho phép bàn giao một phần</translation>
    </message>
    <message>
        <source>HandoverClosed</source>
        <translation>Đóng bàn giao</translation>
    </message>
    <message>
        <source>HandoverAbandoned</source>
        <translation>Hủy bàn giao</translation>
    </message>
    <message>
        <source>ShipmentReported</source>
        <translation>Đã báo gửi hàng</translation>
    </message>
    <message>
        <source>ShipmentRefused</source>
        <translation>Báo gửi hàng bị từ chối</translation>
    </message>
    <message>
        <source>CancellationReported</source>
        <translation>Đã báo hủy</translation>
    </message>
    <message>
        <source>CancellationRefused</source>
        <translation>Báo hủy bị từ chối</translation>
    </message>
    <message>
        <source>OrderImported</source>
        <translation>Nhập đơn</translation>
    </message>
    <message>
        <source>OrderUpdated</source>
        <translation>Cập nhật đơn</translation>
    </message>
    <message>
        <source>OrderCancelled</source>
        <translation>Hủy đơn</translation>
    </message>
    <message>
        <source>OrderConfirmed</source>
        <translation>Xác nhận đơn</translation>
    </message>
    <message>
        <source>OrderRequeued</source>
        <translation>Đưa đơn về hàng chờ</translation>
    </message>
    <message>
        <source>OrderHeld</source>
        <translation>Tạm giữ đơn</translation>
    </message>
    <message>
        <source>OrderReleased</source>
        <translation>Bỏ tạm giữ đơn</translation>
    </message>
    <message>
        <source>DisputeFlagged</source>
        <translation>Gắn cờ tranh chấp</translation>
    </message>
    <message>
        <source>FlagCleared</source>
        <translation>Gỡ cờ</translation>
    </message>
    <message>
        <source>AlertRaised</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <source>ReturnAnnounced</source>
        <translation>Báo trước hàng hoàn</translation>
    </message>
    <message>
        <source>ReturnOpened</source>
        <translation>Mở hàng hoàn</translation>
    </message>
    <message>
        <source>ReturnRefusedScan</source>
        <translation>Quét hàng hoàn bị từ chối</translation>
    </message>
    <message>
        <source>ReturnWeighed</source>
        <translation>Cân hàng hoàn</translation>
    </message>
    <message>
        <source>ReturnPhotoTaken</source>
        <translation>Chụp ảnh hàng hoàn</translation>
    </message>
    <message>
        <source>ReturnUnitChecked</source>
        <translation>Kiểm món hàng hoàn</translation>
    </message>
    <message>
        <source>ReturnReceived</source>
        <translation>Đã nhận hàng hoàn</translation>
    </message>
    <message>
        <source>ReturnUnitGraded</source>
        <translation>Phân loại món hàng hoàn</translation>
    </message>
    <message>
        <source>ReturnUnitDecided</source>
        <translation>Quyết định món hàng hoàn</translation>
    </message>
    <message>
        <source>StockDecided</source>
        <translation>Quyết định về tồn kho</translation>
    </message>
    <message>
        <source>VideoRecorded</source>
        <translation>Quay video</translation>
    </message>
    <message>
        <source>VideoIncomplete</source>
        <translation>Video không đủ</translation>
    </message>
    <message>
        <source>VideoPurged</source>
        <translation>Xóa video</translation>
    </message>
    <message>
        <source>VideoShortfallAccepted</source>
        <translation>Chấp nhận video thiếu</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence pack, order {order}: page {page}/{pages}</source>
        <translation>Hồ sơ bằng chứng, đơn {order}: trang {page}/{pages}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Không có ghi nhận.</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>thiếu tệp</translation>
    </message>
    <message>
        <source>image cannot be shown: {error}</source>
        <translation>không hiển thị được ảnh: {error}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>đã xác minh</translation>
    </message>
    <message>
        <source>Photo {n}: {kind} (parcel {parcel}), {state}</source>
        <translation>Ảnh {n}: {kind} (kiện {parcel}), {state}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Chụp lúc</translation>
    </message>
    <message>
        <source>Station / chain</source>
        <translation>Bàn đóng gói / chuỗi</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Người đóng gói</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Label visible</source>
        <translation>Thấy nhãn</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>Mã băm bản ghi</translation>
    </message>
    <message>
        <source>Accepted without label</source>
        <translation>Chấp nhận không có nhãn</translation>
    </message>
    <message>
        <source>Unstamped original SHA-256</source>
        <translation>SHA-256 bản gốc chưa đóng dấu</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>The order record is no longer in the store; its photos follow.</source>
        <translation>Bản ghi đơn hàng không còn trong kho dữ liệu; ảnh của đơn ở bên dưới.</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Mã đơn hàng</translation>
    </message>
    <message>
        <source>Channel / status</source>
        <translation>Kênh / trạng thái</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>Paid / ship by</source>
        <translation>Thanh toán / giao trước</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>Đóng gói tại</translation>
    </message>
    <message>
        <source>station {station}, packer {packer}</source>
        <translation>bàn {station}, người đóng gói {packer}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Gắn cờ</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>Lời nhắn người mua</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Điện thoại</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Quốc gia</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>SL</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Đã nhặt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Bởi</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bàn đóng gói</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Đã quét</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Parcels and weights</source>
        <translation>Kiện hàng và cân nặng</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Kiện</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Thùng</translation>
    </message>
    <message>
        <source>Expected g</source>
        <translation>Dự kiến (g)</translation>
    </message>
    <message>
        <source>Weighed g</source>
        <translation>Đã cân (g)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Chấp nhận cân</translation>
    </message>
    <message>
        <source>no PNG preview of this label</source>
        <translation>không có ảnh xem trước PNG của nhãn này</translation>
    </message>
    <message>
        <source>Label, parcel {number} ({tracking})</source>
        <translation>Nhãn, kiện {number} ({tracking})</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Bảng kê</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Người giao hàng</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Biển số xe</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Người bàn giao</translation>
    </message>
    <message>
        <source>Parcels in manifest</source>
        <translation>Số kiện trong bảng kê</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Xác nhận nhận</translation>
    </message>
    <message>
        <source>Manifest PDF SHA-256</source>
        <translation>SHA-256 PDF bảng kê</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 nội dung</translation>
    </message>
    <message>
        <source>The manifest PDF is in this pack (handover/); the handover photos are among the photos above.</source>
        <translation>PDF bảng kê nằm trong hồ sơ này (handover/); ảnh bàn giao nằm trong các ảnh phía trên.</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Kiểm chứng</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>Bàn #</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Proof photos</source>
        <translation>Ảnh bằng chứng</translation>
    </message>
    <message>
        <source>Evidence pack: order {order}</source>
        <translation>Hồ sơ bằng chứng: đơn {order}</translation>
    </message>
    <message>
        <source>all photos verified</source>
        <translation>mọi ảnh đã được xác minh</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED</source>
        <translation>KIỂM CHỨNG THẤT BẠI</translation>
    </message>
    <message>
        <source>Generated {time} UTC. {photos} proof photo(s), {verdict}.</source>
        <translation>Tạo lúc {time} UTC. {photos} ảnh bằng chứng, {verdict}.</translation>
    </message>
    <message>
        <source>No proof photos were taken.</source>
        <translation>Không có ảnh bằng chứng nào được chụp.</translation>
    </message>
    <message>
        <source>Handover to the carrier</source>
        <translation>Bàn giao cho hãng vận chuyển</translation>
    </message>
    <message>
        <source>OK: {photos} photo records and {files} files verified</source>
        <translation>ĐẠT: đã xác minh {photos} bản ghi ảnh và {files} tệp</translation>
    </message>
    <message>
        <source>FAILED: {bad} of {photos} photos have problems ({findings} findings)</source>
        <translation>THẤT BẠI: {bad} trên {photos} ảnh có vấn đề ({findings} phát hiện)</translation>
    </message>
    <message>
        <source>record #{seq} was edited after it was written</source>
        <translation>bản ghi #{seq} bị sửa sau khi đã ghi</translation>
    </message>
    <message>
        <source>record {records} before #{seq} was removed</source>
        <translation>bản ghi {records} trước #{seq} đã bị xóa</translation>
    </message>
    <message>
        <source>record #{seq} was written as the first of the chain: records reordered</source>
        <translation>bản ghi #{seq} được ghi như bản đầu tiên của chuỗi: các bản ghi bị đổi thứ tự</translation>
    </message>
    <message>
        <source>record #{seq} was written after #{other} ({id}): records reordered</source>
        <translation>bản ghi #{seq} được ghi sau #{other} ({id}): các bản ghi bị đổi thứ tự</translation>
    </message>
    <message>
        <source>record #{seq} does not link to the start of the chain</source>
        <translation>bản ghi #{seq} không nối với đầu chuỗi</translation>
    </message>
    <message>
        <source>record #{seq} does not link to record #{other}</source>
        <translation>bản ghi #{seq} không nối với bản ghi #{other}</translation>
    </message>
    <message>
        <source>record #{seq} was rewritten: #{other} recorded a different hash for it</source>
        <translation>bản ghi #{seq} đã bị ghi lại: #{other} lưu một mã băm khác cho nó</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>unstamped original</source>
        <translation>bản gốc chưa đóng dấu</translation>
    </message>
    <message>
        <source>{what} key {key} is not valid</source>
        <translation>khóa {what} {key} không hợp lệ</translation>
    </message>
    <message>
        <source>{what} file {key} is missing</source>
        <translation>thiếu tệp {what} {key}</translation>
    </message>
    <message>
        <source>{what} file changed: SHA-256 {actual}…, recorded {recorded}…</source>
        <translation>tệp {what} đã thay đổi: SHA-256 {actual}…, đã ghi {recorded}…</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Chuyện gì xảy ra</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Từ lúc</translation>
    </message>
    <message>
        <source>Claim windows</source>
        <translation>Thời hạn khiếu nại</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Làm mới</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Mở đơn</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>Xuất hồ sơ bằng chứng</translation>
    </message>
    <message>
        <source>Checking shipments…</source>
        <translation>Đang kiểm tra các lô hàng…</translation>
    </message>
    <message>
        <source>The exceptions board could not be read (the log has the details).</source>
        <translation>Không đọc được bảng sự cố (chi tiết trong nhật ký).</translation>
    </message>
    <message>
        <source>On-time deliveries per week (%)</source>
        <translation>Giao đúng hạn mỗi tuần (%)</translation>
    </message>
    <message>
        <source>Exceptions per week</source>
        <translation>Sự cố mỗi tuần</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) in exception or at risk</source>
        <translation>
            <numerusform>%n lô hàng gặp sự cố hoặc có rủi ro</numerusform>
        </translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>có rủi ro</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Hãy chọn một đơn trước.</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>Hãy chọn đơn cần xuất trước.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <source>e.g. admin</source>
        <translation>ví dụ: admin</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 đến 12 chữ số</translation>
    </message>
    <message>
        <source>optional: scan a badge into this field</source>
        <translation>không bắt buộc: quét thẻ vào ô này</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>Tạo quản trị viên</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Mã người dùng</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>New station: create the first admin</source>
        <translation>Bàn mới: tạo quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>The admin adds packers and supervisors afterwards.</source>
        <translation>Quản trị viên sẽ thêm người đóng gói và giám sát sau.</translation>
    </message>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>điền mã người dùng, tên và PIN, rồi bấm Tạo quản trị viên</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag order {order}</source>
        <translation>Đánh dấu tranh chấp đơn {order}</translation>
    </message>
    <message>
        <source>What is disputed about order &lt;b&gt;{order}&lt;/b&gt;? (buyer claim, carrier denial, ...)</source>
        <translation>Đơn &lt;b&gt;{order}&lt;/b&gt; tranh chấp về việc gì? (người mua khiếu nại, hãng vận chuyển từ chối, ...)</translation>
    </message>
    <message>
        <source>e.g. Buyer says the parcel arrived empty; claim #12345</source>
        <translation>vd. Người mua nói kiện đến nơi trống rỗng; khiếu nại #12345</translation>
    </message>
    <message>
        <source>Flag dispute</source>
        <translation>Đánh dấu tranh chấp</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>That did not work; the order stays where it was. Try again, or call a supervisor.</source>
        <translation>Không làm được; đơn vẫn ở chỗ cũ. Thử lại hoặc gọi giám sát.</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>Không đọc được hàng chờ</translation>
    </message>
    <message>
        <source>The held orders could not be read</source>
        <translation>Không đọc được các đơn tạm giữ</translation>
    </message>
    <message>
        <source>{trouble}. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{trouble}. Thử lại; nếu vẫn lỗi, gọi giám sát.</translation>
    </message>
    <message>
        <source>The supervisor check failed</source>
        <translation>Kiểm tra giám sát không thành công</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} of {expected} for {carrier} today</source>
        <translation>{count}/{expected} của {carrier} hôm nay</translation>
    </message>
    <message>
        <source> in manifest {id}</source>
        <translation> trong biên bản {id}</translation>
    </message>
    <message>
        <source>Already handed over{where}: order {order} shipped. Put this parcel aside and tell a supervisor.</source>
        <translation>Đã bàn giao{where}: đơn {order} đã gửi. Để kiện này riêng ra và báo giám sát.</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not hand it over: take the parcel back, unpack it and return the items to stock.</source>
        <translation>DỪNG: đơn {order} đã bị hủy. Không giao: mang kiện về, mở ra và trả hàng vào kho.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không ghi lý do</translation>
    </message>
    <message>
        <source>Order {order} is on hold ({reason}). Keep the parcel back; a supervisor must release it.</source>
        <translation>Đơn {order} đang tạm giữ ({reason}). Giữ kiện lại; giám sát phải bỏ tạm giữ.</translation>
    </message>
    <message>
        <source>This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench and print its new label.</source>
        <translation>Nhãn này ({tracking}) đã bị hủy. Không giao: mang kiện về bàn đóng gói và in nhãn mới.</translation>
    </message>
    <message>
        <source>Parcel {number} of order {order} has no label. Take it back to a bench to print one.</source>
        <translation>Kiện {number} của đơn {order} chưa có nhãn. Mang về bàn đóng gói để in nhãn.</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos. Take it back to a bench to photograph it (or a supervisor waives them).</source>
        <translation>Đơn {order} chưa có ảnh bằng chứng. Mang về bàn đóng gói để chụp (hoặc giám sát miễn).</translation>
    </message>
    <message>
        <source>WRONG CARRIER: this parcel goes with {right}, not {carrier}. Do not give it to this courier; put it back with {back}.</source>
        <translation>SAI HÃNG: kiện này đi {right}, không phải {carrier}. Không đưa cho shipper này; để lại cùng {back}.</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>chưa có hãng vận chuyển</translation>
    </message>
    <message>
        <source>the unassigned parcels</source>
        <translation>các kiện chưa gán hãng</translation>
    </message>
    <message>
        <source>Parcel already scanned into handover {id}, still open. Close or cancel that handover first.</source>
        <translation>Kiện đã được quét vào bàn giao {id}, vẫn đang mở. Đóng hoặc hủy bàn giao đó trước.</translation>
    </message>
    <message>
        <source>Order {order} is on hold. Keep the parcel back; a supervisor must release it.</source>
        <translation>Đơn {order} đang tạm giữ. Giữ kiện lại; giám sát phải bỏ tạm giữ.</translation>
    </message>
    <message>
        <source>Already handed over: order {order} is {status}. Put this parcel aside and tell a supervisor.</source>
        <translation>Đã bàn giao: đơn {order} đang {status}. Để kiện này riêng ra và báo giám sát.</translation>
    </message>
    <message>
        <source>Order {order} is {status}: its label was never printed. Take it back to a bench to finish it.</source>
        <translation>Đơn {order} đang {status}: chưa từng in nhãn. Mang về bàn đóng gói để làm xong.</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos yet. Take it back to a bench to photograph it.</source>
        <translation>Đơn {order} chưa có ảnh bằng chứng. Mang về bàn đóng gói để chụp.</translation>
    </message>
    <message>
        <source>Order {order} is {status}, not staged for pickup. Finish it at the bench first.</source>
        <translation>Đơn {order} đang {status}, chưa sẵn sàng giao. Làm xong ở bàn đóng gói trước.</translation>
    </message>
    <message>
        <source>Nothing was read: scan the parcel&apos;s label again.</source>
        <translation>Không đọc được: quét lại nhãn kiện.</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no staged order has this label. Put it aside for a supervisor (or sync, if it was packed at another station).</source>
        <translation>Kiện lạ {code}: không có đơn chờ giao nào có nhãn này. Để riêng cho giám sát (hoặc đồng bộ, nếu đóng gói ở trạm khác).</translation>
    </message>
    <message>
        <source>A handover is a pickup or a dropoff, not {kind}.</source>
        <translation>Bàn giao là lấy hàng hoặc gửi tại điểm, không phải {kind}.</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>Chọn hãng vận chuyển trước (hoặc quét mã vạch phiếu của shipper).</translation>
    </message>
    <message>
        <source>Type or scan the courier&apos;s name.</source>
        <translation>Nhập hoặc quét tên shipper.</translation>
    </message>
    <message>
        <source>No handover {id}.</source>
        <translation>Không có bàn giao {id}.</translation>
    </message>
    <message>
        <source>Handover {id} is {state}; open a new one for more parcels.</source>
        <translation>Bàn giao {id} đang {state}; mở bàn giao mới cho các kiện khác.</translation>
    </message>
    <message>
        <source>Already in this handover: order {order} parcel {number}.</source>
        <translation>Đã có trong bàn giao này: đơn {order} kiện {number}.</translation>
    </message>
    <message>
        <source>Parcel {number} of {total} of order {order} added. Still to scan for this order: {rest}.</source>
        <translation>Đã thêm kiện {number}/{total} của đơn {order}. Còn phải quét cho đơn này: {rest}.</translation>
    </message>
    <message>
        <source>Order {order}: all {total} parcels added. {count}.</source>
        <translation>Đơn {order}: đã thêm đủ {total} kiện. {count}.</translation>
    </message>
    <message>
        <source>Order {order}: parcel added. {count}.</source>
        <translation>Đơn {order}: đã thêm kiện. {count}.</translation>
    </message>
    <message>
        <source>{tracking} is not in handover {id}.</source>
        <translation>{tracking} không có trong bàn giao {id}.</translation>
    </message>
    <message>
        <source>Handing over part of an order</source>
        <translation>Bàn giao một phần đơn</translation>
    </message>
    <message>
        <source>Say why only part of the order goes.</source>
        <translation>Cho biết vì sao chỉ giao một phần đơn.</translation>
    </message>
    <message>
        <source>No parcel of order {order} is in this handover.</source>
        <translation>Không có kiện nào của đơn {order} trong bàn giao này.</translation>
    </message>
    <message>
        <source>Cancelling a handover</source>
        <translation>Hủy bàn giao</translation>
    </message>
    <message>
        <source>Say why the handover is cancelled.</source>
        <translation>Cho biết vì sao hủy bàn giao.</translation>
    </message>
    <message>
        <source>Handover {id} was cancelled; open a new one.</source>
        <translation>Bàn giao {id} đã bị hủy; mở bàn giao mới.</translation>
    </message>
    <message>
        <source>Nothing was scanned into handover {id}: scan the parcels first.</source>
        <translation>Chưa quét kiện nào vào bàn giao {id}: quét các kiện trước.</translation>
    </message>
    <message>
        <source>order {order}: {rest}</source>
        <translation>đơn {order}: {rest}</translation>
    </message>
    <message>
        <source>Some orders are not complete; scan their other parcels (or a supervisor allows a partial handover): {orders}.</source>
        <translation>Một số đơn chưa đủ; quét các kiện còn lại (hoặc giám sát cho phép bàn giao một phần): {orders}.</translation>
    </message>
    <message>
        <source>{tracking} (order {order})</source>
        <translation>{tracking} (đơn {order})</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} và {count} kiện nữa</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} were not scanned: {names}. Scan them, or confirm they stay behind.</source>
        <translation>{count} kiện của {carrier} chưa được quét: {names}. Hãy quét, hoặc xác nhận để lại.</translation>
    </message>
    <message>
        <source>Take a photo of the drop-off receipt to close this drop-off.</source>
        <translation>Chụp ảnh biên nhận gửi hàng để đóng lần tự gửi này.</translation>
    </message>
    <message>
        <source>Take the handover photos: the parcels handed over, and the courier with them.</source>
        <translation>Chụp ảnh bàn giao: các kiện giao đi, và shipper cùng các kiện.</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name, to acknowledge the parcels.</source>
        <translation>Shipper phải ký, hoặc nhập tên, để xác nhận các kiện.</translation>
    </message>
    <message>
        <source>STOP: order(s) {orders} were cancelled centrally. Take their parcels back (remove them from the handover) before closing.</source>
        <translation>DỪNG: đơn {orders} đã bị hủy từ trung tâm. Lấy các kiện đó lại (bỏ khỏi bàn giao) trước khi đóng.</translation>
    </message>
    <message>
        <source>The handover changed while it was closing; close it again.</source>
        <translation>Bàn giao đã thay đổi khi đang đóng; đóng lại lần nữa.</translation>
    </message>
    <message>
        <source>The signature could not be read; ask the courier to sign again.</source>
        <translation>Không đọc được chữ ký; nhờ shipper ký lại.</translation>
    </message>
    <message>
        <source>Handover {id} is still open: its manifest is written at closing.</source>
        <translation>Bàn giao {id} vẫn đang mở: bảng kê được lập khi đóng.</translation>
    </message>
    <message>
        <source>Handover {id} is closed; open a new one for more parcels.</source>
        <translation>Bàn giao {id} đã đóng; mở bàn giao mới cho các kiện khác.</translation>
    </message>
    <message>
        <source>Handover {id} is abandoned; open a new one for more parcels.</source>
        <translation>Bàn giao {id} đã bị hủy; mở bàn giao mới cho các kiện khác.</translation>
    </message>
</context>
<context>
    <name>HandoverKind</name>
    <message>
        <source>pickup</source>
        <translation>lấy hàng</translation>
    </message>
    <message>
        <source>dropoff</source>
        <translation>gửi tại điểm</translation>
    </message>
</context>
<context>
    <name>Held</name>
    <message>
        <source>picking</source>
        <translation>nhặt hàng</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>đóng gói</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>dán nhãn</translation>
    </message>
    <message>
        <source>the photos</source>
        <translation>chụp ảnh</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>PIN của giám sát, hoặc quét thẻ giám sát</translation>
    </message>
    <message>
        <source>note for the record: why</source>
        <translation>ghi chú lưu lại: vì sao</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled</source>
        <translation>DỪNG: đơn {order} đã bị hủy</translation>
    </message>
    <message>
        <source>Unpack it and return the items to stock.</source>
        <translation>Mở gói ra và trả hàng về kho.</translation>
    </message>
    <message>
        <source>Order {order} is on hold</source>
        <translation>Đơn {order} đang tạm giữ</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>Nhập ghi chú: vì sao chấp nhận?</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>Về hàng chờ</translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation>Chấp nhận cân nặng</translation>
    </message>
    <message>
        <source>Accept short</source>
        <translation>Chấp nhận thiếu hàng</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Bỏ tạm giữ</translation>
    </message>
    <message>
        <source>Send back to {step}</source>
        <translation>Trả về bước {step}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Set up this station</source>
        <translation>Thiết lập trạm này</translation>
    </message>
    <message>
        <source>Nobody can log in yet. Type your name, a short user id (like ada) and a PIN.</source>
        <translation>Chưa ai đăng nhập được. Nhập tên, mã người dùng ngắn (như ada) và PIN.</translation>
    </message>
    <message>
        <source>Press Create admin. Then log in and press Ctrl+P to add packers and supervisors.</source>
        <translation>Bấm Tạo admin. Rồi đăng nhập và bấm Ctrl+P để thêm người đóng gói và giám sát.</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Scan your badge with the scanner, or type your PIN and press Enter.</source>
        <translation>Quét thẻ bằng máy quét, hoặc nhập PIN rồi bấm Enter.</translation>
    </message>
    <message>
        <source>No badge or PIN yet? Ask a supervisor to add you (Ctrl+P).</source>
        <translation>Chưa có thẻ hay PIN? Nhờ giám sát thêm bạn (Ctrl+P).</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>Chọn đơn</translation>
    </message>
    <message>
        <source>Scan the barcode on the pick list, or press {key} to take the most urgent order.</source>
        <translation>Quét mã vạch trên phiếu nhặt, hoặc bấm {key} để lấy đơn gấp nhất.</translation>
    </message>
    <message>
        <source>Red rows are late, orange rows are due soon.</source>
        <translation>Dòng đỏ là trễ, dòng cam là sắp đến hạn.</translation>
    </message>
    <message>
        <source>Another packer&apos;s badge switches the station to them.</source>
        <translation>Quét thẻ của người khác thì trạm chuyển sang người đó.</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>Kiểm tra đơn</translation>
    </message>
    <message>
        <source>Check the items and the address on screen.</source>
        <translation>Kiểm tra hàng và địa chỉ trên màn hình.</translation>
    </message>
    <message>
        <source>Scan the first item to start picking (or press {key}).</source>
        <translation>Quét món đầu tiên để bắt đầu nhặt (hoặc bấm {key}).</translation>
    </message>
    <message>
        <source>Pick every item</source>
        <translation>Nhặt đủ mọi món</translation>
    </message>
    <message>
        <source>Scan each item once: the list shows how many are still missing.</source>
        <translation>Quét mỗi món một lần: danh sách cho biết còn thiếu bao nhiêu.</translation>
    </message>
    <message>
        <source>Red means wrong item: put it back. Scanned one twice? Press {undo} to undo.</source>
        <translation>Đỏ là sai hàng: để lại chỗ cũ. Quét trùng? Bấm {undo} để hoàn tác.</translation>
    </message>
    <message>
        <source>Something missing? Press {hold}: a supervisor decides.</source>
        <translation>Thiếu hàng? Bấm {hold}: giám sát sẽ quyết định.</translation>
    </message>
    <message>
        <source>Pack and weigh</source>
        <translation>Đóng gói và cân</translation>
    </message>
    <message>
        <source>Use the box shown (or scan another box&apos;s code).</source>
        <translation>Dùng hộp được chỉ (hoặc quét mã hộp khác).</translation>
    </message>
    <message>
        <source>Put the closed parcel on the scale; when the weight is steady press {key}.</source>
        <translation>Đặt kiện đã đóng lên cân; khi số cân ổn định, bấm {key}.</translation>
    </message>
    <message>
        <source>More than one box? Press {key} for another parcel.</source>
        <translation>Hơn một hộp? Bấm {key} để thêm kiện.</translation>
    </message>
    <message>
        <source>Label the parcel</source>
        <translation>Dán nhãn kiện</translation>
    </message>
    <message>
        <source>The label prints by itself. Stick it flat on the top of the parcel.</source>
        <translation>Nhãn tự in ra. Dán phẳng lên mặt trên của kiện.</translation>
    </message>
    <message>
        <source>Press {key} when it is on. Bad print? Press {reprint}.</source>
        <translation>Dán xong bấm {key}. In hỏng? Bấm {reprint}.</translation>
    </message>
    <message>
        <source>Photograph the parcel</source>
        <translation>Chụp ảnh kiện</translation>
    </message>
    <message>
        <source>Hold the labelled parcel under the camera so the label can be read.</source>
        <translation>Giữ kiện đã dán nhãn dưới camera để đọc được nhãn.</translation>
    </message>
    <message>
        <source>Press {key} for each photo the screen asks for.</source>
        <translation>Bấm {key} cho mỗi ảnh màn hình yêu cầu.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Put the parcel on the shelf for its carrier.</source>
        <translation>Đặt kiện lên kệ của hãng vận chuyển.</translation>
    </message>
    <message>
        <source>Press {key} for the next order.</source>
        <translation>Bấm {key} để sang đơn tiếp theo.</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>This order waits for a supervisor. Call one: they type their PIN or scan their badge, add a note, and release it or accept it as it is.</source>
        <translation>Đơn này chờ giám sát. Gọi một người: nhập PIN hoặc quét thẻ, ghi chú, rồi bỏ tạm giữ hoặc chấp nhận như hiện tại.</translation>
    </message>
    <message>
        <source>Press {key} to go back to the queue meanwhile.</source>
        <translation>Trong lúc chờ, bấm {key} để về hàng chờ.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Choose each device from its list and press Test.</source>
        <translation>Chọn từng thiết bị trong danh sách rồi bấm Thử.</translation>
    </message>
    <message>
        <source>Press {save} to save, {back} to go back.</source>
        <translation>Bấm {save} để lưu, {back} để quay lại.</translation>
    </message>
    <message>
        <source>Now: {next}.</source>
        <translation>Bây giờ: {next}.</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>F1 or Esc closes this help.</source>
        <translation>F1 hoặc Esc để đóng trợ giúp này.</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>Next:</source>
        <translation>Tiếp theo:</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>preview when the label is made</source>
        <translation>xem trước khi nhãn được tạo</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>hãng vận chuyển</translation>
    </message>
    <message>
        <source>Order {order} · label · {carrier}</source>
        <translation>Đơn {order} · nhãn · {carrier}</translation>
    </message>
    <message>
        <source>Did the label come out? OK: yes, it printed · F7: reprint it</source>
        <translation>Nhãn đã ra chưa? OK: đã in · F7: in lại</translation>
    </message>
    <message>
        <source>Label waiting for the printer: fix it, then press OK (F3) to retry</source>
        <translation>Nhãn đang chờ máy in: sửa máy in, rồi bấm OK (F3) để thử lại</translation>
    </message>
    <message>
        <source>Label printed: stick it on the parcel</source>
        <translation>Đã in nhãn: dán lên kiện hàng</translation>
    </message>
    <message>
        <source>Label not printed yet: press OK (F3) to print</source>
        <translation>Nhãn chưa in: bấm OK (F3) để in</translation>
    </message>
    <message>
        <source>allocated when the label prints</source>
        <translation>cấp khi in nhãn</translation>
    </message>
    <message>
        <source>Tracking: {number}</source>
        <translation>Mã vận đơn: {number}</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>Chờ nhãn, rồi dán lên kiện hàng.</translation>
    </message>
    <message>
        <source>wait for the label and stick it on the parcel</source>
        <translation>chờ nhãn và dán lên kiện hàng</translation>
    </message>
    <message>
        <source>Confirm printed</source>
        <translation>Xác nhận đã in</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>In nhãn</translation>
    </message>
    <message>
        <source>unknown: the station stopped while this label was being sent. Check whether it came out: confirm printed or reprint.</source>
        <translation>không rõ: trạm đã dừng khi đang gửi nhãn này. Kiểm tra xem nhãn đã ra chưa: xác nhận đã in hoặc in lại.</translation>
    </message>
    <message>
        <source>Say why the label is reprinted.</source>
        <translation>Cho biết vì sao in lại nhãn.</translation>
    </message>
    <message>
        <source>Parcel {parcel}&apos;s label has not printed yet; it prints when the printer is ready.</source>
        <translation>Nhãn của kiện {parcel} chưa in; nhãn sẽ in khi máy in sẵn sàng.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to reprint.</source>
        <translation>Kiện {parcel} của đơn {order} không có nhãn để in lại.</translation>
    </message>
    <message>
        <source>replaced by reprint {job}</source>
        <translation>đã được thay bằng lần in lại {job}</translation>
    </message>
    <message>
        <source>Only a label whose printing is uncertain can be confirmed.</source>
        <translation>Chỉ xác nhận được nhãn chưa rõ đã in hay chưa.</translation>
    </message>
    <message>
        <source>Voiding a label</source>
        <translation>Hủy nhãn</translation>
    </message>
    <message>
        <source>Say why the label is voided.</source>
        <translation>Cho biết vì sao hủy nhãn.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to void.</source>
        <translation>Kiện {parcel} của đơn {order} không có nhãn để hủy.</translation>
    </message>
    <message>
        <source>voided by {user}: {reason}</source>
        <translation>bị hủy bởi {user}: {reason}</translation>
    </message>
    <message>
        <source>Order {order} is not on this station.</source>
        <translation>Đơn {order} không có ở trạm này.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its label prints once it is packed.</source>
        <translation>Đơn {order} đang {status}; nhãn được in khi đã đóng gói.</translation>
    </message>
    <message>
        <source>Order {order} has no weighed parcel to label.</source>
        <translation>Đơn {order} không có kiện đã cân để dán nhãn.</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>đang chờ gửi</translation>
    </message>
    <message>
        <source>No print job {job}.</source>
        <translation>Không có lệnh in {job}.</translation>
    </message>
    <message>
        <source>not printed: the order was cancelled</source>
        <translation>chưa in: đơn hàng đã bị hủy</translation>
    </message>
    <message>
        <source>being sent to the printer</source>
        <translation>đang gửi tới máy in</translation>
    </message>
    <message>
        <source>unknown: sending failed ({error}). Check whether it came out: confirm printed or reprint.</source>
        <translation>không rõ: gửi thất bại ({error}). Kiểm tra xem nhãn đã ra chưa: xác nhận đã in hoặc in lại.</translation>
    </message>
    <message>
        <source>not printed: {error}</source>
        <translation>chưa in: {error}</translation>
    </message>
    <message>
        <source>order {order} parcel {parcel}</source>
        <translation>đơn {order} kiện {parcel}</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>đơn {order}</translation>
    </message>
    <message>
        <source>Tracking number {number} is already used by {where}; the label was not printed.</source>
        <translation>Mã vận đơn {number} đã được dùng cho {where}; nhãn chưa được in.</translation>
    </message>
    <message>
        <source>Order has no tracking number and no number range is configured for carrier {carrier}: add one under [label.tracking_ranges].</source>
        <translation>Đơn không có mã vận đơn và chưa cấu hình dải số cho hãng vận chuyển {carrier}: thêm vào [label.tracking_ranges].</translation>
    </message>
    <message>
        <source>Label printed ({numbers}).</source>
        <translation>Đã in nhãn ({numbers}).</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>Đã in nhãn.</translation>
    </message>
    <message>
        <source>a label printer (ZPL)</source>
        <translation>máy in nhãn (ZPL)</translation>
    </message>
    <message>
        <source>a desktop printer (PDF)</source>
        <translation>máy in văn phòng (PDF)</translation>
    </message>
    <message>
        <source>not printed: this label was made for {stored} but the station now prints on {wanted}; a supervisor voids it and it is printed again</source>
        <translation>chưa in: nhãn này được tạo cho {stored} nhưng trạm hiện in bằng {wanted}; giám sát hủy nhãn và in lại</translation>
    </message>
    <message>
        <source>Parcel {number}: printed ✔{tracking}</source>
        <translation>Kiện {number}: đã in ✔{tracking}</translation>
    </message>
    <message>
        <source>waiting for the printer</source>
        <translation>đang chờ máy in</translation>
    </message>
    <message>
        <source>Parcel {number}: waiting — {reason}</source>
        <translation>Kiện {number}: đang chờ — {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: did it print? {reason}</source>
        <translation>Kiện {number}: đã in chưa? {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: no label yet</source>
        <translation>Kiện {number}: chưa có nhãn</translation>
    </message>
    <message>
        <source>Parcel {number}: {state}</source>
        <translation>Kiện {number}: {state}</translation>
    </message>
    <message>
        <source>the platform label is not a readable PDF ({error})</source>
        <translation>nhãn của sàn không phải PDF đọc được ({error})</translation>
    </message>
    <message>
        <source>the platform label has {pages} page(s), no page {page}</source>
        <translation>nhãn của sàn có {pages} trang, không có trang {page}</translation>
    </message>
    <message>
        <source>the platform label is neither a PDF nor an image ({error})</source>
        <translation>nhãn của sàn không phải PDF cũng không phải ảnh ({error})</translation>
    </message>
    <message>
        <source>the platform label is empty</source>
        <translation>nhãn của sàn bị trống</translation>
    </message>
    <message>
        <source>the platform label page is blank</source>
        <translation>trang nhãn của sàn để trắng</translation>
    </message>
</context>
<context>
    <name>LabelPrompts</name>
    <message>
        <source>Why reprint the label?</source>
        <translation>Vì sao in lại nhãn?</translation>
    </message>
    <message>
        <source>Void the label: a supervisor&apos;s PIN or badge</source>
        <translation>Hủy nhãn: cần PIN hoặc thẻ của giám sát</translation>
    </message>
    <message>
        <source>Why void the label?</source>
        <translation>Vì sao hủy nhãn?</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>In lại nhãn</translation>
    </message>
    <message>
        <source>Void label (supervisor)</source>
        <translation>Hủy nhãn (giám sát)</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Đóng hộp hỏi</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <source>Picked</source>
        <translation>Đã nhặt</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>Ô kệ</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>user id (optional)</source>
        <translation>mã người dùng (không bắt buộc)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>Quét thẻ của bạn</translation>
    </message>
    <message>
        <source>or type your PIN and press Enter</source>
        <translation>hoặc nhập PIN rồi bấm Enter</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>quét thẻ, hoặc nhập PIN rồi bấm Enter</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Kiện</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Cân nặng</translation>
    </message>
    <message>
        <source>Manifest {id} · content SHA-256 {sha} · page {page}/{pages}</source>
        <translation>Bảng kê {id} · SHA-256 nội dung {sha} · trang {page}/{pages}</translation>
    </message>
    <message>
        <source>Drop-off manifest: {carrier}</source>
        <translation>Bảng kê gửi tại bưu cục: {carrier}</translation>
    </message>
    <message>
        <source>Carrier pickup manifest: {carrier}</source>
        <translation>Bảng kê giao cho hãng lấy: {carrier}</translation>
    </message>
    <message>
        <source>{parcels} parcels of {orders} orders</source>
        <translation>{parcels} kiện của {orders} đơn</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Bảng kê</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>Người giao hàng</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>Biển số xe</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bàn đóng gói</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>Người bàn giao</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Thời gian (địa phương)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Thời gian (UTC)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>Tổng cân nặng</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Xác nhận nhận</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 nội dung</translation>
    </message>
    <message>
        <source>Left behind (confirmed): {codes}</source>
        <translation>Để lại (đã xác nhận): {codes}</translation>
    </message>
    <message>
        <source>Partial orders (supervisor): {orders}</source>
        <translation>Đơn giao một phần (giám sát): {orders}</translation>
    </message>
    <message>
        <source>Courier&apos;s scan: {code}</source>
        <translation>Mã shipper quét: {code}</translation>
    </message>
    <message>
        <source>courier signature</source>
        <translation>chữ ký người giao hàng</translation>
    </message>
    <message>
        <source>Handover photos and acknowledgement</source>
        <translation>Ảnh bàn giao và xác nhận</translation>
    </message>
    <message>
        <source>Total: {parcels} parcels, {orders} orders, {weight}</source>
        <translation>Tổng: {parcels} kiện, {orders} đơn, {weight}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 ngày qua</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 ngày qua</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã hoàn</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Hư hỏng</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>Sai hàng</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Not ours</source>
        <translation>Không phải hàng của mình</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>lấy hàng</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>đóng gói</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>bàn giao</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>tạm giữ</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>chấp nhận cân</translation>
    </message>
    <message>
        <source>waivers</source>
        <translation>miễn ảnh</translation>
    </message>
    <message>
        <source>undos</source>
        <translation>hoàn tác</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Số món</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Tổng</translation>
    </message>
    <message>
        <source>By packer</source>
        <translation>Theo người đóng gói</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>Theo bàn đóng gói</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Xem</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Khoảng thời gian</translation>
    </message>
    <message>
        <source>Returns per SKU and reason</source>
        <translation>Hàng hoàn theo SKU và lý do</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Đang tính…</translation>
    </message>
    <message>
        <source>Returns per SKU and reason: no returns in the period</source>
        <translation>Hàng hoàn theo SKU và lý do: không có hàng hoàn trong khoảng này</translation>
    </message>
    <message>
        <source>The metrics could not be computed (the log has the details).</source>
        <translation>Không tính được chỉ số (chi tiết trong nhật ký).</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Active h</source>
        <translation>Giờ làm</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>Đơn/giờ</translation>
    </message>
    <message>
        <source>{step} (s)</source>
        <translation>{step} (giây)</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>Wrong %</source>
        <translation>Sai %</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>Đơn mỗi giờ</translation>
    </message>
    <message>
        <source>orders/h</source>
        <translation>đơn/giờ</translation>
    </message>
    <message>
        <source>Mean time per step (s)</source>
        <translation>Thời gian trung bình mỗi bước (giây)</translation>
    </message>
    <message>
        <source>Wrong-scan rate (%)</source>
        <translation>Tỷ lệ quét sai (%)</translation>
    </message>
    <message>
        <source>wrong %</source>
        <translation>sai %</translation>
    </message>
    <message>
        <source>Viewing packer metrics</source>
        <translation>Xem chỉ số người đóng gói</translation>
    </message>
    <message>
        <source>Viewing return metrics</source>
        <translation>Xem chỉ số hàng hoàn</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message numerus="yes">
        <source>Returns per SKU and reason: %n unit(s) checked at returns in the period</source>
        <translation>
            <numerusform>Hàng hoàn theo SKU và lý do: %n món đã kiểm tại quầy hoàn trong khoảng này</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done in the period</source>
        <translation>
            <numerusform>%n đơn hoàn tất trong khoảng này</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Next</name>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>điền mã người dùng, tên và PIN, rồi bấm Tạo quản trị viên</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>quét thẻ, hoặc nhập PIN rồi bấm Enter</translation>
    </message>
    <message>
        <source>scan an order or pick-list barcode, or press {key} for the most urgent order (badge: switch packer; Ctrl+S: settings; Ctrl+R: review)</source>
        <translation>quét mã đơn hoặc phiếu nhặt hàng, hoặc bấm {key} để lấy đơn gấp nhất (thẻ: đổi người đóng gói; Ctrl+S: cài đặt; Ctrl+R: xem lại)</translation>
    </message>
    <message>
        <source>check the order, then scan the first item (or {key} to start picking)</source>
        <translation>kiểm tra đơn, rồi quét món đầu tiên (hoặc bấm {key} để bắt đầu nhặt)</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>đã kiểm đủ hàng</translation>
    </message>
    <message>
        <source>scan {items}</source>
        <translation>quét {items}</translation>
    </message>
    <message>
        <source>all parcels weighed: press {key} to finish packing</source>
        <translation>đã cân đủ các kiện: bấm {key} để xong đóng gói</translation>
    </message>
    <message>
        <source>choose a box (scan its code)</source>
        <translation>chọn hộp (quét mã hộp)</translation>
    </message>
    <message>
        <source>put parcel {number} on the scale, then press {key} to weigh it</source>
        <translation>đặt kiện {number} lên cân, rồi bấm {key} để cân</translation>
    </message>
    <message>
        <source>press {key} (or the foot pedal) to take the photo</source>
        <translation>bấm {key} (hoặc bàn đạp) để chụp ảnh</translation>
    </message>
    <message>
        <source>put the parcel in the staging area for its carrier; {key} for the next order</source>
        <translation>đặt kiện vào khu chờ của hãng vận chuyển; {key} để lấy đơn tiếp</translation>
    </message>
    <message>
        <source>unpack the order and return the items; {key} goes back to the queue</source>
        <translation>mở gói đơn và trả hàng lại; {key} để về hàng chờ</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts this weight, {release} weighs again</source>
        <translation>gọi giám sát: PIN hoặc thẻ và ghi chú; {accept} chấp nhận số cân này, {release} cân lại</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts it short, {release} picks again</source>
        <translation>gọi giám sát: PIN hoặc thẻ và ghi chú; {accept} chấp nhận thiếu, {release} nhặt lại</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note, then {release} to release</source>
        <translation>gọi giám sát: PIN hoặc thẻ và ghi chú, rồi {release} để bỏ tạm giữ</translation>
    </message>
    <message>
        <source>check the printer: {ok} if the label came out, {reprint} to reprint</source>
        <translation>kiểm tra máy in: {ok} nếu nhãn đã ra, {reprint} để in lại</translation>
    </message>
    <message>
        <source>fix the printer, then press {ok} to retry</source>
        <translation>sửa máy in, rồi bấm {ok} để thử lại</translation>
    </message>
    <message>
        <source>press {ok} to print the label</source>
        <translation>bấm {ok} để in nhãn</translation>
    </message>
    <message>
        <source>stick the label on the parcel</source>
        <translation>dán nhãn lên kiện hàng</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ đã xác minh</translation>
    </message>
    <message>
        <source>label visible</source>
        <translation>thấy nhãn</translation>
    </message>
    <message>
        <source>accepted without label</source>
        <translation>chấp nhận không có nhãn</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>không thấy nhãn</translation>
    </message>
    <message>
        <source>{kind} (parcel {parcel})</source>
        <translation>{kind} (kiện {parcel})</translation>
    </message>
</context>
<context>
    <name>OrderPageView</name>
    <message>
        <source>← Search</source>
        <translation>← Tìm</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>Gắn cờ tranh chấp…</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>Bỏ cờ</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>Xuất hồ sơ bằng chứng…</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag to pan, 0 to fit, F11 or double-click for full screen.</source>
        <translation>Lăn chuột hoặc +/− để phóng to, kéo để di chuyển, 0 để vừa khung, F11 hoặc nhấp đúp để toàn màn hình.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Lượt quét</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Cân nặng</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Loading order {order}…</source>
        <translation>Đang tải đơn {order}…</translation>
    </message>
    <message>
        <source>Order {order} could not be opened (the log has the details).</source>
        <translation>Không mở được đơn {order} (chi tiết trong nhật ký).</translation>
    </message>
    <message>
        <source>packer {user}</source>
        <translation>người đóng gói {user}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · station {station}</source>
        <translation>&lt;b&gt;Đơn {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · bàn {station}</translation>
    </message>
    <message>
        <source>Disputed: {note}</source>
        <translation>Đang tranh chấp: {note}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Khi nào</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Sự kiện</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Ai</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ở đâu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bàn đóng gói</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>undone: {reason}</source>
        <translation>đã hoàn tác: {reason}</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>Kiện</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>Thùng</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Đo được</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Chênh lệch</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Chấp nhận cân</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>No proof photos for this order.</source>
        <translation>Đơn này không có ảnh bằng chứng.</translation>
    </message>
    <message>
        <source>Label preview (parcel {parcel} of {count})</source>
        <translation>Xem trước nhãn (kiện {parcel} trên {count})</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>Xem trước nhãn</translation>
    </message>
    <message>
        <source>No label preview: {reason}</source>
        <translation>Không có bản xem trước nhãn: {reason}</translation>
    </message>
    <message>
        <source>Verified: file and record match the hash chain.</source>
        <translation>Đã xác minh: tệp và bản ghi khớp chuỗi băm.</translation>
    </message>
    <message>
        <source>NOT VERIFIED ({problem}): {details}</source>
        <translation>KHÔNG XÁC MINH ĐƯỢC ({problem}): {details}</translation>
    </message>
    <message>
        <source>(file cannot be shown)</source>
        <translation>(không hiển thị được tệp)</translation>
    </message>
</context>
<context>
    <name>OrderResultsModel</name>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Giao trước</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bàn đóng gói</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Người đóng gói</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Gắn cờ</translation>
    </message>
    <message>
        <source>Flagged: {note}</source>
        <translation>Đã gắn cờ: {note}</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>confirmed</source>
        <translation>xác nhận</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>lấy hàng</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>cân</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>dán nhãn</translation>
    </message>
    <message>
        <source>photographed</source>
        <translation>chụp ảnh</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>đưa vào chờ giao</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>bàn giao</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tạm giữ</translation>
    </message>
    <message>
        <source>released</source>
        <translation>bỏ tạm giữ</translation>
    </message>
    <message>
        <source>accepted a weight</source>
        <translation>chấp nhận cân nặng</translation>
    </message>
    <message>
        <source>waived photos</source>
        <translation>miễn ảnh</translation>
    </message>
    <message>
        <source>voided a label</source>
        <translation>hủy nhãn</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Why put it on hold?</source>
        <translation>Vì sao tạm giữ?</translation>
    </message>
    <message>
        <source>Suggested box</source>
        <translation>Hộp gợi ý</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Cân</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Dự kiến</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Kiện hàng</translation>
    </message>
    <message>
        <source>no box fits: choose one</source>
        <translation>không hộp nào vừa: hãy chọn một hộp</translation>
    </message>
    <message>
        <source>Order {order} · parcel {number} of {count}</source>
        <translation>Đơn {order} · kiện {number}/{count}</translation>
    </message>
    <message>
        <source>#{number} {box}: {weight} (expected {expected})</source>
        <translation>#{number} {box}: {weight} (dự kiến {expected})</translation>
    </message>
    <message>
        <source>none weighed yet</source>
        <translation>chưa cân kiện nào</translation>
    </message>
    <message>
        <source>every parcel weighed</source>
        <translation>đã cân hết các kiện</translation>
    </message>
    <message>
        <source>choose a box</source>
        <translation>chọn hộp</translation>
    </message>
    <message>
        <source> (items + {box} {tare})</source>
        <translation> (hàng + {box} {tare})</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>ổn định</translation>
    </message>
    <message>
        <source>Weigh / finish</source>
        <translation>Cân / xong</translation>
    </message>
    <message>
        <source>Another parcel</source>
        <translation>Thêm một kiện</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Đóng hộp hỏi</translation>
    </message>
    <message>
        <source>longest side</source>
        <translation>cạnh dài nhất</translation>
    </message>
    <message>
        <source>middle side</source>
        <translation>cạnh giữa</translation>
    </message>
    <message>
        <source>shortest side</source>
        <translation>cạnh ngắn nhất</translation>
    </message>
    <message>
        <source>Item {sku}</source>
        <translation>Sản phẩm {sku}</translation>
    </message>
    <message>
        <source>An item</source>
        <translation>Một sản phẩm</translation>
    </message>
    <message>
        <source>{name} ({item} mm) does not fit box {box} ({inside} mm inside): its {side} {length} mm is more than {room} mm. Choose a bigger box, or a supervisor accepts this box.</source>
        <translation>{name} ({item} mm) không vừa hộp {box} (lòng hộp {inside} mm): {side} {length} mm lớn hơn {room} mm. Chọn hộp lớn hơn, hoặc giám sát chấp nhận hộp này.</translation>
    </message>
    <message>
        <source>Weight OK: {measured} g (expected {expected} g)</source>
        <translation>Cân nặng đúng: {measured} g (dự kiến {expected} g)</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g heavier than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>Sai cân nặng: {measured} g nặng hơn {difference} g so với dự kiến {expected} g (cho phép ±{allowed} g). Kiểm tra hàng trong kiện.</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g lighter than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>Sai cân nặng: {measured} g nhẹ hơn {difference} g so với dự kiến {expected} g (cho phép ±{allowed} g). Kiểm tra hàng trong kiện.</translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message>
        <source>Order {order} is being packed at station {station}.</source>
        <translation>Đơn {order} đang được đóng gói ở trạm {station}.</translation>
    </message>
    <message>
        <source>No order is free to pack: {count} are being packed at other stations.</source>
        <translation>Không còn đơn trống để đóng gói: {count} đơn đang được đóng gói ở trạm khác.</translation>
    </message>
    <message>
        <source>No order is ready to pack: {count} wait for stock ({order}: {stock}).</source>
        <translation>Không có đơn sẵn sàng đóng gói: {count} đơn đang chờ hàng ({order}: {stock}).</translation>
    </message>
    <message>
        <source>No order is ready to pack.</source>
        <translation>Không có đơn sẵn sàng đóng gói.</translation>
    </message>
    <message>
        <source>{count} order(s) claimed ahead can be packed</source>
        <translation>có thể đóng gói {count} đơn đã nhận trước</translation>
    </message>
    <message>
        <source>no order was claimed ahead</source>
        <translation>không có đơn nào được nhận trước</translation>
    </message>
    <message>
        <source>central store unreachable: {ahead}</source>
        <translation>không kết nối được kho trung tâm: {ahead}</translation>
    </message>
    <message>
        <source>Central store unreachable: {ahead}</source>
        <translation>Không kết nối được kho trung tâm: {ahead}</translation>
    </message>
    <message>
        <source>{central}; wait for the network or ask a supervisor.</source>
        <translation>{central}; chờ mạng hoặc hỏi giám sát.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; scanning items is done.</source>
        <translation>Đơn {order} đang {status}; đã quét xong hàng.</translation>
    </message>
    <message>
        <source>Say why the scan is undone.</source>
        <translation>Cho biết vì sao hủy lượt quét.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its scans are closed.</source>
        <translation>Đơn {order} đang {status}; đã khóa lượt quét.</translation>
    </message>
    <message>
        <source>There is no scan to undo.</source>
        <translation>Không có lượt quét nào để hủy.</translation>
    </message>
    <message>
        <source>Short pick: {short}. {reason}</source>
        <translation>Thiếu hàng: {short}. {reason}</translation>
    </message>
    <message>
        <source>Short pick: {short}.</source>
        <translation>Thiếu hàng: {short}.</translation>
    </message>
    <message>
        <source>Releasing an order on hold</source>
        <translation>Bỏ tạm giữ một đơn</translation>
    </message>
    <message>
        <source>Cancelling an order</source>
        <translation>Hủy đơn</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>Không rõ hộp {code}.</translation>
    </message>
    <message>
        <source>Order {order} is {status}; weigh it after picking.</source>
        <translation>Đơn {order} đang {status}; hãy cân sau khi nhặt xong.</translation>
    </message>
    <message>
        <source>Accepting a weight mismatch</source>
        <translation>Chấp nhận cân nặng không khớp</translation>
    </message>
    <message>
        <source>Say why the weight is accepted.</source>
        <translation>Cho biết vì sao chấp nhận cân nặng này.</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has not been weighed.</source>
        <translation>Kiện {parcel} của đơn {order} chưa được cân.</translation>
    </message>
    <message>
        <source>Weigh every parcel before packing is done.</source>
        <translation>Cân tất cả các kiện trước khi đóng gói xong.</translation>
    </message>
    <message>
        <source>Parcel {parcel}: {check} Reweigh it, or a supervisor must accept the weight.</source>
        <translation>Kiện {parcel}: {check} Cân lại, hoặc giám sát phải chấp nhận cân nặng.</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>đơn đã bị hủy</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>không có lý do</translation>
    </message>
    <message>
        <source>it is on hold ({reason})</source>
        <translation>đang tạm giữ ({reason})</translation>
    </message>
    <message>
        <source>it is already {status}</source>
        <translation>đã ở trạng thái {status}</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>đơn không có món hàng nào</translation>
    </message>
    <message>
        <source>not in the catalog: {skus}</source>
        <translation>không có trong danh mục: {skus}</translation>
    </message>
    <message>
        <source>the address is incomplete</source>
        <translation>địa chỉ chưa đầy đủ</translation>
    </message>
    <message>
        <source>Order {order} cannot be packed: {problems}.</source>
        <translation>Đơn {order} không đóng gói được: {problems}.</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not label or hand it over: unpack it and return the items to stock.</source>
        <translation>DỪNG: đơn {order} đã bị hủy. Không dán nhãn hay bàn giao: mở ra và trả hàng về kho.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Không có đơn {order}.</translation>
    </message>
    <message>
        <source>No order or tracking number {ref}.</source>
        <translation>Không có đơn hay mã vận đơn {ref}.</translation>
    </message>
    <message>
        <source>Order {order} was marked out of stock by a supervisor; it waits to be cancelled.</source>
        <translation>Đơn {order} đã được giám sát đánh dấu hết hàng; đơn đang chờ hủy.</translation>
    </message>
    <message>
        <source>Central store unreachable: the units of order {order} could not be reserved; try again.</source>
        <translation>Không kết nối được kho trung tâm: không giữ được hàng cho đơn {order}; thử lại.</translation>
    </message>
    <message>
        <source>Order {order} is {stock}.</source>
        <translation>Đơn {order}: {stock}.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>Bước này không dùng mã vừa quét: {code}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Not a supervisor&apos;s PIN or badge: ask a supervisor to scan their badge or type their PIN.</source>
        <translation>Không phải PIN hoặc thẻ của giám sát: nhờ giám sát quét thẻ hoặc nhập PIN.</translation>
    </message>
    <message>
        <source>The shortest badge ([badges] min_length) must be at least 1 character.</source>
        <translation>Thẻ ngắn nhất ([badges] min_length) phải có ít nhất 1 ký tự.</translation>
    </message>
    <message>
        <source>Type your name, a short user id (like ada) and a PIN of 4 to 12 digits, then Create admin.</source>
        <translation>Nhập tên, mã người dùng ngắn (như ada) và PIN 4 đến 12 chữ số, rồi bấm Tạo quản trị.</translation>
    </message>
    <message>
        <source>Type a short user id to log in with (like ada), without spaces.</source>
        <translation>Nhập mã người dùng ngắn để đăng nhập (như ada), không có khoảng trắng.</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits for the admin.</source>
        <translation>Chọn PIN 4 đến 12 chữ số cho quản trị viên.</translation>
    </message>
    <message>
        <source>Changing a PIN</source>
        <translation>Việc đổi PIN</translation>
    </message>
    <message>
        <source>That PIN is already used by someone at this station; choose another.</source>
        <translation>PIN này đã có người ở trạm này dùng; chọn PIN khác.</translation>
    </message>
    <message>
        <source>Changing a badge</source>
        <translation>Việc đổi thẻ</translation>
    </message>
    <message>
        <source>That badge already belongs to someone else.</source>
        <translation>Thẻ này đã thuộc về người khác.</translation>
    </message>
    <message>
        <source>Changing a role</source>
        <translation>Việc đổi vai trò</translation>
    </message>
    <message>
        <source>This is the last admin; make someone else admin first.</source>
        <translation>Đây là quản trị viên cuối cùng; hãy cho người khác làm quản trị trước.</translation>
    </message>
    <message>
        <source>Deactivating a user</source>
        <translation>Việc khóa người dùng</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as it should appear on screen and on the badge.</source>
        <translation>Nhập tên người đó như sẽ hiện trên màn hình và trên thẻ.</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>Tên dài tối đa 200 ký tự.</translation>
    </message>
    <message>
        <source>Changing a name</source>
        <translation>Việc đổi tên</translation>
    </message>
    <message>
        <source>Type your PIN (or scan your badge), then press Enter.</source>
        <translation>Nhập PIN (hoặc quét thẻ), rồi bấm Enter.</translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation>Sai người dùng hoặc PIN.</translation>
    </message>
    <message>
        <source>Unknown PIN.</source>
        <translation>PIN không đúng.</translation>
    </message>
    <message>
        <source>Unknown badge.</source>
        <translation>Thẻ không đúng.</translation>
    </message>
    <message>
        <source>There is already a user &apos;{user}&apos;.</source>
        <translation>Đã có người dùng &apos;{user}&apos;.</translation>
    </message>
    <message>
        <source>Give the user a PIN or a badge, or they cannot log in.</source>
        <translation>Cấp PIN hoặc thẻ cho người dùng, nếu không họ không đăng nhập được.</translation>
    </message>
    <message>
        <source>That PIN or badge was just taken by someone else; choose another.</source>
        <translation>PIN hoặc thẻ này vừa bị người khác lấy; chọn cái khác.</translation>
    </message>
    <message>
        <source>No user &apos;{user}&apos;.</source>
        <translation>Không có người dùng &apos;{user}&apos;.</translation>
    </message>
    <message>
        <source>{action}: you cannot do this to yourself; ask another supervisor or admin.</source>
        <translation>{action}: không thể tự làm cho chính mình; hãy nhờ giám sát hoặc quản trị viên khác.</translation>
    </message>
    <message>
        <source>Unknown role {role}; use {roles}.</source>
        <translation>Không rõ vai trò {role}; hãy dùng {roles}.</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>người đóng gói</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>giám sát</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>quản trị</translation>
    </message>
    <message>
        <source>{action} needs a {role}; {who} is a {current}.</source>
        <translation>{action} cần {role}; {who} là {current}.</translation>
    </message>
    <message>
        <source>Scan the new badge for {name} now (Esc cancels).</source>
        <translation>Quét thẻ mới cho {name} ngay (Esc để hủy).</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>Chọn người cần sửa, hoặc điền biểu mẫu để thêm người.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>Thẻ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Đăng nhập gần nhất</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Full name, as on the badge</source>
        <translation>Họ tên đầy đủ, như trên thẻ</translation>
    </message>
    <message>
        <source>Short id to log in with, like pat</source>
        <translation>Mã ngắn để đăng nhập, như pat</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 đến 12 chữ số</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Mã người dùng</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Thêm người</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>Lưu tên</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>Đặt vai trò</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>Đặt PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>Đặt lại PIN</translation>
    </message>
    <message>
        <source>Enroll badge</source>
        <translation>Đăng ký thẻ</translation>
    </message>
    <message>
        <source>Remove badge</source>
        <translation>Gỡ thẻ</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Ngừng kích hoạt</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Người mới</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>In thẻ</translation>
    </message>
    <message>
        <source>First-run guide</source>
        <translation>Hướng dẫn lần đầu</translation>
    </message>
    <message>
        <source>That change was not saved; try again.</source>
        <translation>Thay đổi chưa được lưu; thử lại.</translation>
    </message>
    <message>
        <source>as {0}</source>
        <translation>với tư cách {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Press New person first, then fill in the form.</source>
        <translation>Bấm Người mới trước, rồi điền biểu mẫu.</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>Chọn người cần sửa, hoặc điền biểu mẫu để thêm người.</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Order {order} · proof photos · tracking {tracking}</source>
        <translation>Đơn {order} · ảnh bằng chứng · mã vận đơn {tracking}</translation>
    </message>
    <message>
        <source>Photo {number} of {count}: {name}</source>
        <translation>Ảnh {number}/{count}: {name}</translation>
    </message>
    <message>
        <source>Put the sealed, labelled parcel under the camera</source>
        <translation>Đặt kiện đã dán kín và dán nhãn dưới camera</translation>
    </message>
    <message>
        <source>one photo</source>
        <translation>một ảnh</translation>
    </message>
    <message>
        <source>Label not readable: turn it to the camera and take the photo again. </source>
        <translation>Không đọc được nhãn: xoay nhãn về phía camera và chụp lại. </translation>
    </message>
    <message>
        <source>Still needed: {photos}. Order, tracking, station, packer and time are burned in.</source>
        <translation>Còn cần: {photos}. Đơn, mã vận đơn, bàn, người đóng gói và thời gian được in lên ảnh.</translation>
    </message>
    <message>
        <source> A supervisor may scan their badge to let the order go without the photos.</source>
        <translation> Giám sát có thể quét thẻ để cho đơn đi mà không cần ảnh.</translation>
    </message>
    <message>
        <source>taking the photo …</source>
        <translation>đang chụp ảnh …</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>All photos stored.</source>
        <translation>Đã lưu đủ ảnh.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. Next: the &apos;{next}&apos; photo — press {key}.</source>
        <translation>Đã lưu ảnh &apos;{kind}&apos;. Tiếp theo: ảnh &apos;{next}&apos; — nhấn {key}.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. All photos done.</source>
        <translation>Đã lưu ảnh &apos;{kind}&apos;. Đã chụp đủ ảnh.</translation>
    </message>
</context>
<context>
    <name>PhotoKind</name>
    <message>
        <source>contents</source>
        <translation>hàng bên trong</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>kiện đã niêm phong</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>các kiện</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>shipper</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>biên nhận</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>Ảnh</translation>
    </message>
</context>
<context>
    <name>Pick</name>
    <message>
        <source>⚠ FRAGILE</source>
        <translation>⚠ DỄ VỠ</translation>
    </message>
    <message>
        <source>Why undo the last scan?</source>
        <translation>Vì sao hoàn tác lần quét vừa rồi?</translation>
    </message>
    <message>
        <source>Short pick: why are items missing?</source>
        <translation>Thiếu hàng: vì sao thiếu?</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>Đơn {order}</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>Hoàn tác lần quét vừa rồi</translation>
    </message>
    <message>
        <source>Short pick / hold</source>
        <translation>Thiếu hàng / tạm giữ</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>Đóng hộp hỏi</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printer out of paper: load labels and press Retry</source>
        <translation>Máy in hết giấy: nạp nhãn rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer out of ribbon: load a ribbon and press Retry</source>
        <translation>Máy in hết ruy băng: nạp ruy băng rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer head is open: close it and press Retry</source>
        <translation>Đầu in đang mở: đóng lại rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer is paused: press its Pause button, then Retry</source>
        <translation>Máy in đang tạm dừng: nhấn nút Pause của máy, rồi Thử lại</translation>
    </message>
    <message>
        <source>Printer buffer is full: wait until it has printed, then press Retry</source>
        <translation>Bộ đệm máy in đầy: đợi in xong, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer head is too cold: wait a minute, then press Retry</source>
        <translation>Đầu in quá nguội: đợi một phút, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer head is too hot: let it cool down, then press Retry</source>
        <translation>Đầu in quá nóng: để nguội, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer memory is corrupt: switch the printer off and on, then press Retry</source>
        <translation>Bộ nhớ máy in bị lỗi: tắt rồi bật lại máy in, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer cutter jammed: clear it and press Retry</source>
        <translation>Dao cắt của máy in bị kẹt: gỡ ra rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer head fault: call a supervisor</source>
        <translation>Đầu in bị hỏng: gọi giám sát</translation>
    </message>
    <message>
        <source>Printer does not answer: check it is on and connected, then press Retry</source>
        <translation>Máy in không trả lời: kiểm tra máy đã bật và đã kết nối, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer closed the connection without answering: check it is on and ready, then press Retry</source>
        <translation>Máy in đóng kết nối mà không trả lời: kiểm tra máy đã bật và sẵn sàng, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer not reachable: check it is on and connected, then press Retry</source>
        <translation>Không kết nối được máy in: kiểm tra máy đã bật và đã kết nối, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer queue is stopped: check the printer, start its queue again, then press Retry</source>
        <translation>Hàng đợi máy in đã dừng: kiểm tra máy in, chạy lại hàng đợi, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>{detail}; check it is on and connected, then press Retry</source>
        <translation>{detail}; kiểm tra máy đã bật và đã kết nối, rồi nhấn Thử lại</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>Máy in sẵn sàng</translation>
    </message>
    <message>
        <source>media needs calibrating</source>
        <translation>cần hiệu chỉnh giấy in</translation>
    </message>
    <message>
        <source>clean the print head</source>
        <translation>lau sạch đầu in</translation>
    </message>
    <message>
        <source>replace the print head</source>
        <translation>thay đầu in</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>giấy sắp hết</translation>
    </message>
    <message>
        <source>The line to the printer broke while sending ({problem}). Check whether the label came out: Confirm printed, or Reprint.</source>
        <translation>Kết nối tới máy in bị đứt khi đang gửi ({problem}). Kiểm tra xem nhãn đã ra chưa: Xác nhận đã in, hoặc In lại nhãn.</translation>
    </message>
    <message>
        <source>Label sent, then: {status}. Check whether it came out: Confirm printed, or Reprint.</source>
        <translation>Đã gửi nhãn, sau đó: {status}. Kiểm tra xem nhãn đã ra chưa: Xác nhận đã in, hoặc In lại nhãn.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>test label sent; printer: {status}</source>
        <translation>đã gửi nhãn thử; máy in: {status}</translation>
    </message>
    <message>
        <source>test label not confirmed: {reason}</source>
        <translation>nhãn thử chưa được xác nhận: {reason}</translation>
    </message>
    <message>
        <source>test label sent</source>
        <translation>đã gửi nhãn thử</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Exporting</source>
        <translation>Đang xuất</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Đang chuẩn bị…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Exporting {done} of {total}: {what}</source>
        <translation>Đang xuất {done}/{total}: {what}</translation>
    </message>
    <message>
        <source>Export cancelled; the files written so far are incomplete.</source>
        <translation>Đã hủy xuất; các tệp đã ghi chưa đầy đủ.</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>có lỗi xảy ra (chi tiết trong nhật ký)</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Đang xuất bằng chứng</translation>
    </message>
    <message>
        <source>Preparing the evidence pack…</source>
        <translation>Đang chuẩn bị hồ sơ bằng chứng…</translation>
    </message>
    <message>
        <source>No orders to export.</source>
        <translation>Không có đơn nào để xuất.</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Bảng tính Seller Center</translation>
    </message>
    <message>
        <source>Collecting the handed-over orders…</source>
        <translation>Đang gom các đơn đã bàn giao…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>đơn</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Sản phẩm</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Hãng vận chuyển</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>Giao trước</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Thời gian còn lại</translation>
    </message>
    <message>
        <source>Packable in</source>
        <translation>Đóng gói được sau</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>quá hạn</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>sắp đến hạn</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>bình thường</translation>
    </message>
    <message>
        <source>{h} h {m} m</source>
        <translation>{h} giờ {m} phút</translation>
    </message>
    <message>
        <source>{m} m {s} s</source>
        <translation>{m} phút {s} giây</translation>
    </message>
    <message>
        <source>overdue {time}</source>
        <translation>quá hạn {time}</translation>
    </message>
    <message>
        <source>when the marketplace releases it</source>
        <translation>khi sàn mở khóa đơn</translation>
    </message>
    <message>
        <source>hold ended: released at the next marketplace pull</source>
        <translation>hết tạm giữ: được mở ở lần lấy đơn tiếp theo từ sàn</translation>
    </message>
    <message>
        <source> (the {count} most urgent shown)</source>
        <translation> (hiện {count} đơn gấp nhất)</translation>
    </message>
    <message>
        <source>; {count} waiting for stock, listed last</source>
        <translation>; {count} đang chờ hàng, xếp cuối</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>Đơn tiếp theo</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n order(s) ready to pack</source>
        <translation>
            <numerusform>%n đơn chờ đóng gói</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold at the marketplace (not packable yet)</source>
        <translation>
            <numerusform>%n đơn đang bị sàn tạm giữ (chưa đóng gói được)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Damaged item</source>
        <translation>Hàng bị hỏng</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>Địa chỉ có vấn đề</translation>
    </message>
    <message>
        <source>Customer asked</source>
        <translation>Khách yêu cầu</translation>
    </message>
    <message>
        <source>Box not available</source>
        <translation>Hết hộp</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Vấn đề khác</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>Quét hai lần</translation>
    </message>
    <message>
        <source>Wrong item put back</source>
        <translation>Sai hàng, đã để lại</translation>
    </message>
    <message>
        <source>Scanned by mistake</source>
        <translation>Quét nhầm</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Hết hàng</translation>
    </message>
    <message>
        <source>Not found at location</source>
        <translation>Không tìm thấy ở vị trí</translation>
    </message>
    <message>
        <source>Damaged, no replacement</source>
        <translation>Hỏng, không có hàng thay</translation>
    </message>
    <message>
        <source>Label damaged</source>
        <translation>Nhãn bị hỏng</translation>
    </message>
    <message>
        <source>Label did not come out</source>
        <translation>Nhãn không ra</translation>
    </message>
    <message>
        <source>Printed faint or smudged</source>
        <translation>In mờ hoặc nhòe</translation>
    </message>
    <message>
        <source>Stuck on the wrong parcel</source>
        <translation>Dán nhầm kiện</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Sai địa chỉ</translation>
    </message>
    <message>
        <source>Wrong carrier</source>
        <translation>Sai hãng vận chuyển</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>Đơn đã hủy</translation>
    </message>
    <message>
        <source>Duplicate label</source>
        <translation>Nhãn trùng</translation>
    </message>
</context>
<context>
    <name>ReasonPrompt</name>
    <message>
        <source>type a number or the reason, then Enter</source>
        <translation>nhập số hoặc lý do, rồi bấm Enter</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Return of order {order} resumed where it was.</source>
        <translation>Tiếp tục hoàn hàng đơn {order} từ chỗ đang dở.</translation>
    </message>
    <message>
        <source>No stable weight from the scale: put the parcel on it and weigh again.</source>
        <translation>Cân chưa ổn định: đặt kiện lên cân và cân lại.</translation>
    </message>
    <message>
        <source>No camera on this station: returns are photographed on camera.</source>
        <translation>Trạm này không có camera: hàng hoàn phải được chụp bằng camera.</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored and hashed.</source>
        <translation>Đã lưu ảnh &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <source>Next unit DAMAGED: photograph the damage, then scan the unit.</source>
        <translation>Món tiếp theo BỊ HỎNG: chụp chỗ hỏng, rồi quét món đó.</translation>
    </message>
    <message>
        <source>Damaged cancelled.</source>
        <translation>Đã bỏ đánh dấu hỏng.</translation>
    </message>
    <message>
        <source>Return received: {outcome}. Decision due {due}.</source>
        <translation>Đã nhận hàng hoàn: {outcome}. Hạn quyết định {due}.</translation>
    </message>
    <message>
        <source>Return of order {order}: grade each unit, then decide.</source>
        <translation>Hoàn hàng đơn {order}: phân loại từng món, rồi quyết định.</translation>
    </message>
    <message>
        <source>Unit {seq} graded {grade}.</source>
        <translation>Món {seq} được phân loại {grade}.</translation>
    </message>
    <message>
        <source>No supervisor check on this station: decide from the command line.</source>
        <translation>Trạm này không kiểm tra được giám sát: quyết định bằng dòng lệnh.</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>Không phải giám sát.</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> vào {bin}</translation>
    </message>
    <message>
        <source>Unit {seq}: {decision}{where}, decided by {who}.</source>
        <translation>Món {seq}: {decision}{where}, do {who} quyết định.</translation>
    </message>
    <message>
        <source>Every unit decided ({who}). Esc: back to returns.</source>
        <translation>Đã quyết định hết các món ({who}). Esc: quay lại hàng hoàn.</translation>
    </message>
    <message>
        <source>Scan the returned parcel: its label, the return id or the order id.</source>
        <translation>Quét kiện hoàn: nhãn, mã hoàn hàng hoặc mã đơn.</translation>
    </message>
    <message>
        <source>Grade each unit, then a supervisor decides: restock (to a bin), refurbish or dispose.</source>
        <translation>Phân loại từng món, rồi giám sát quyết định: nhập lại kho (vào ô kệ), tân trang hoặc hủy.</translation>
    </message>
    <message>
        <source>Scan the next returned parcel.</source>
        <translation>Quét kiện hoàn tiếp theo.</translation>
    </message>
    <message>
        <source>Put the parcel on the scale and weigh it.</source>
        <translation>Đặt kiện lên cân và cân.</translation>
    </message>
    <message>
        <source>Photograph: {kind}.</source>
        <translation>Chụp ảnh: {kind}.</translation>
    </message>
    <message>
        <source>Photograph the damage, then scan the damaged unit.</source>
        <translation>Chụp chỗ hỏng, rồi quét món bị hỏng.</translation>
    </message>
    <message>
        <source>Scan each unit out of the parcel; finish when the parcel is empty.</source>
        <translation>Quét từng món lấy ra khỏi kiện; xong khi kiện trống.</translation>
    </message>
    <message>
        <source>Every unit is back: finish the return.</source>
        <translation>Đã về đủ các món: hoàn tất hoàn hàng.</translation>
    </message>
    <message>
        <source>Return of order {order} open ({found}).</source>
        <translation>Đã mở hoàn hàng đơn {order} ({found}).</translation>
    </message>
    <message>
        <source>Photo not stored: {fault}</source>
        <translation>Chưa lưu ảnh: {fault}</translation>
    </message>
    <message>
        <source>Log in first (badge or PIN).</source>
        <translation>Đăng nhập trước (thẻ hoặc PIN).</translation>
    </message>
    <message>
        <source>Scan a returned parcel first.</source>
        <translation>Quét một kiện hoàn trước.</translation>
    </message>
    <message>
        <source>Finish unboxing the return first (or pick one from the queue).</source>
        <translation>Mở hết kiện hoàn trước (hoặc chọn một kiện trong hàng chờ).</translation>
    </message>
    <message>
        <source>Scan the returned parcel&apos;s label, its return id or the order id.</source>
        <translation>Quét nhãn kiện hoàn, mã hoàn hàng hoặc mã đơn.</translation>
    </message>
    <message>
        <source>That code is {length} characters long (at most {most}): scan it again.</source>
        <translation>Mã này dài {length} ký tự (tối đa {most}): quét lại.</translation>
    </message>
    <message>
        <source>Order {order} was cancelled and never shipped: this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>Đơn {order} đã hủy và chưa từng gửi đi: đây không thể là hàng hoàn của đơn. Để kiện sang một bên cho giám sát.</translation>
    </message>
    <message>
        <source>Order {order} was never shipped (it is {status}): this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>Đơn {order} chưa từng gửi đi (đang ở {status}): đây không thể là hàng hoàn của đơn. Để kiện sang một bên cho giám sát.</translation>
    </message>
    <message>
        <source>{code}: not one of our products (not ours).</source>
        <translation>{code}: không phải sản phẩm của mình (không phải hàng của mình).</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>không có gì</translation>
    </message>
    <message>
        <source>Wrong item: {sku} came back; the order shipped {shipped}.</source>
        <translation>Sai hàng: {sku} bị gửi trả; đơn đã gửi {shipped}.</translation>
    </message>
    <message>
        <source>{sku} damaged ({count} of {quantity}).</source>
        <translation>{sku} hư hỏng ({count}/{quantity}).</translation>
    </message>
    <message>
        <source>{sku} returned ({count} of {quantity}).</source>
        <translation>{sku} đã hoàn ({count}/{quantity}).</translation>
    </message>
    <message>
        <source>{sku}: all {total} shipped already scanned back. Scanned twice? Nothing recorded.</source>
        <translation>{sku}: đã quét trả đủ {total} món đã gửi. Quét hai lần? Không ghi nhận gì.</translation>
    </message>
    <message>
        <source>No outbound weight on record.</source>
        <translation>Không có cân nặng lúc gửi đi trong hồ sơ.</translation>
    </message>
    <message>
        <source>Outbound {outbound} g; weigh the parcel as it arrived.</source>
        <translation>Lúc gửi {outbound} g; hãy cân kiện như khi nhận về.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): the same weight as it left.</source>
        <translation>Nhận về {arrived} g, gửi đi {shipped} g ({diff} g): cân nặng như lúc gửi.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): lighter than it left by more than {tolerance} g.</source>
        <translation>Nhận về {arrived} g, gửi đi {shipped} g ({diff} g): nhẹ hơn lúc gửi quá {tolerance} g.</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): heavier than it left by more than {tolerance} g.</source>
        <translation>Nhận về {arrived} g, gửi đi {shipped} g ({diff} g): nặng hơn lúc gửi quá {tolerance} g.</translation>
    </message>
    <message>
        <source>Weight {grams} g is not a parcel&apos;s weight (0..{most} g); weigh it again.</source>
        <translation>Cân nặng {grams} g không phải cân nặng của một kiện (0..{most} g); hãy cân lại.</translation>
    </message>
    <message>
        <source>An announced return needs its RMA id or its return tracking number.</source>
        <translation>Hàng hoàn đã báo trước cần mã RMA hoặc mã vận đơn hoàn.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Không có đơn {order}.</translation>
    </message>
    <message>
        <source>A return with id {code} is already recorded.</source>
        <translation>Đã ghi nhận một hàng hoàn có mã {code}.</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no order, tracking number or return id matches. Put it aside for a supervisor.</source>
        <translation>Không rõ kiện {code}: không khớp đơn, mã vận đơn hay mã hoàn nào. Để sang một bên cho giám sát.</translation>
    </message>
    <message>
        <source>Order {order} came back already (return {id}, {state}). A supervisor looks at a second return.</source>
        <translation>Đơn {order} đã hoàn về rồi (hàng hoàn {id}, {state}). Lần hoàn thứ hai do giám sát xem.</translation>
    </message>
    <message>
        <source>Unknown return photo &apos;{kind}&apos;: {kinds}.</source>
        <translation>Không rõ loại ảnh hoàn &apos;{kind}&apos;: {kinds}.</translation>
    </message>
    <message>
        <source>No return {id}.</source>
        <translation>Không có hàng hoàn {id}.</translation>
    </message>
    <message>
        <source>Return {id} is {state}: unboxing is finished.</source>
        <translation>Hàng hoàn {id} đang ở {state}: đã mở hộp xong.</translation>
    </message>
    <message>
        <source>The order {order} of this return is no longer on this station.</source>
        <translation>Đơn {order} của hàng hoàn này không còn ở bàn đóng gói này.</translation>
    </message>
    <message>
        <source>this parcel</source>
        <translation>kiện này</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>đơn {order}</translation>
    </message>
    <message>
        <source>{code} is the label of {which}, not a unit: scan the units, or finish this return first.</source>
        <translation>{code} là nhãn của {which}, không phải một món: hãy quét các món, hoặc hoàn tất hàng hoàn này trước.</translation>
    </message>
    <message>
        <source>A damaged unit needs a photo of the damage: take the damage photo, then scan it again.</source>
        <translation>Sản phẩm hư hỏng cần có ảnh chụp chỗ hư hỏng: chụp ảnh hư hỏng, rồi quét lại.</translation>
    </message>
    <message>
        <source>Photos still needed: {kinds}.</source>
        <translation>Còn cần ảnh: {kinds}.</translation>
    </message>
    <message>
        <source>Weigh the parcel as it arrived first (it is compared with the outbound weight).</source>
        <translation>Hãy cân kiện như khi nhận về trước (sẽ so với cân nặng lúc gửi).</translation>
    </message>
    <message>
        <source>Unit {seq} is already restocked to {bin}: move it there with a stock adjustment.</source>
        <translation>Món {seq} đã nhập lại kho vào {bin}: hãy chuyển nó bằng điều chỉnh tồn kho.</translation>
    </message>
    <message>
        <source>The central store does not answer: the unit is not restocked. Decide again when it is back.</source>
        <translation>Kho trung tâm không phản hồi: món này chưa được nhập lại kho. Hãy quyết định lại khi kho hoạt động lại.</translation>
    </message>
    <message>
        <source>Return {id} is {state}: not now.</source>
        <translation>Hàng hoàn {id} đang ở {state}: chưa làm được lúc này.</translation>
    </message>
    <message>
        <source>Return {id} has no unit {seq}.</source>
        <translation>Hàng hoàn {id} không có món {seq}.</translation>
    </message>
</context>
<context>
    <name>ReturnsDecide</name>
    <message>
        <source>Resellable</source>
        <translation>Bán lại được</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>Tân trang</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>Nhập lại kho</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>chưa phân loại</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>chưa quyết định</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> vào {bin}</translation>
    </message>
    <message>
        <source>{decision}{where} by {who}</source>
        <translation>{decision}{where} bởi {who}</translation>
    </message>
    <message>
        <source>bin to restock to</source>
        <translation>ô kệ để nhập lại</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>PIN giám sát, hoặc quét thẻ giám sát</translation>
    </message>
    <message>
        <source>Decide (supervisor)</source>
        <translation>Quyết định (giám sát)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Món</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Phân loại</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Giám sát</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Something went wrong ({fault}); the return stays as it was.</source>
        <translation>Có lỗi xảy ra ({fault}); hàng hoàn vẫn giữ nguyên.</translation>
    </message>
    <message>
        <source>No returns waiting for a decision.</source>
        <translation>Không có hàng hoàn nào chờ quyết định.</translation>
    </message>
    <message>
        <source>Waiting for a decision: {count}</source>
        <translation>Chờ quyết định: {count}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>còn {hours} giờ</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Hàng hoàn</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Lúc gửi đi</translation>
    </message>
    <message>
        <source>Returns: scan the returned parcel (its label, the return id or the order id)</source>
        <translation>Hàng hoàn: quét kiện hoàn (nhãn, mã hoàn hàng hoặc mã đơn)</translation>
    </message>
    <message>
        <source>unboxing</source>
        <translation>đang mở kiện</translation>
    </message>
    <message>
        <source>received: {outcome}</source>
        <translation>đã nhận: {outcome}</translation>
    </message>
    <message>
        <source>Return of order {order} ({found}), {state}</source>
        <translation>Hoàn hàng đơn {order} ({found}), {state}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không</translation>
    </message>
    <message>
        <source>NEXT UNIT DAMAGED</source>
        <translation>MÓN TIẾP THEO BỊ HỎNG</translation>
    </message>
    <message>
        <source>Photos taken: {count} · still needed: {needed}</source>
        <translation>Đã chụp: {count} · còn cần: {needed}</translation>
    </message>
    <message>
        <source>{back} of {shipped} back</source>
        <translation>đã về {back}/{shipped}</translation>
    </message>
    <message>
        <source>, {count} missing</source>
        <translation>, thiếu {count}</translation>
    </message>
    <message>
        <source>Packed by {packer} at {station}</source>
        <translation>Đóng gói bởi {packer} tại {station}</translation>
    </message>
    <message>
        <source>Weight {weight} · {count} proof photo(s)</source>
        <translation>Cân nặng {weight} · {count} ảnh bằng chứng</translation>
    </message>
    <message>
        <source>Shipped {when} · manifest {manifest}</source>
        <translation>Đã gửi {when} · biên bản {manifest}</translation>
    </message>
    <message>
        <source>Decision due {due}</source>
        <translation>Hạn quyết định {due}</translation>
    </message>
    <message>
        <source>Back to returns</source>
        <translation>Quay lại hàng hoàn</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>Cân</translation>
    </message>
    <message>
        <source>Finish return</source>
        <translation>Hoàn tất hoàn hàng</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Damaged unit</source>
        <translation>Món bị hỏng</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Reviewing orders</source>
        <translation>Xem xét đơn</translation>
    </message>
    <message>
        <source>{count} photo(s) verified</source>
        <translation>đã xác minh {count} ảnh</translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation>phát hiện {count} vấn đề</translation>
    </message>
    <message>
        <source>Label preview is not available on this station.</source>
        <translation>Bàn đóng gói này không xem trước được nhãn.</translation>
    </message>
    <message>
        <source>parcel {number}: the label cannot be drawn (the log has the details)</source>
        <translation>kiện {number}: không vẽ được nhãn (chi tiết trong nhật ký)</translation>
    </message>
    <message>
        <source>no parcel has been packed yet</source>
        <translation>chưa đóng gói kiện nào</translation>
    </message>
    <message>
        <source>Order {order} is not flagged.</source>
        <translation>Đơn {order} chưa được gắn cờ.</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>Không có đơn {order}.</translation>
    </message>
    <message>
        <source>Write a note saying what the dispute is about.</source>
        <translation>Ghi chú tranh chấp là về việc gì.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {most}).</source>
        <translation>Ghi chú quá dài ({length} ký tự; tối đa {most}).</translation>
    </message>
    <message>
        <source>The date range is empty: &apos;from&apos; must be before &apos;to&apos;.</source>
        <translation>Khoảng ngày trống: ngày &apos;từ&apos; phải trước ngày &apos;đến&apos;.</translation>
    </message>
    <message>
        <source>Type at least one character before &apos;*&apos;.</source>
        <translation>Gõ ít nhất một ký tự trước &apos;*&apos;.</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>Mở cửa sổ xem xét</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {name}</source>
        <translation>Xem lại — {name}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Packer metrics</source>
        <translation>Chỉ số người đóng gói</translation>
    </message>
    <message>
        <source>Delivery exceptions</source>
        <translation>Sự cố giao hàng</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>Giao hàng</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Sàn TMĐT</translation>
    </message>
    <message>
        <source>Seller Center sheet…</source>
        <translation>Bảng tính Seller Center…</translation>
    </message>
    <message>
        <source>Write the TikTok Shop bulk-shipping sheet of the handed-over orders not yet reported</source>
        <translation>Ghi bảng tính giao hàng hàng loạt TikTok Shop cho các đơn đã bàn giao chưa báo cáo</translation>
    </message>
    <message>
        <source>Evidence export is not available on this station.</source>
        <translation>Bàn đóng gói này không xuất được bằng chứng.</translation>
    </message>
    <message>
        <source>Could not flag {order}: {reason}</source>
        <translation>Không gắn cờ được {order}: {reason}</translation>
    </message>
    <message>
        <source>Could not clear the flag of {order}: {reason}</source>
        <translation>Không bỏ cờ được của {order}: {reason}</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>có lỗi xảy ra (chi tiết trong nhật ký)</translation>
    </message>
    <message>
        <source>Order {order} flagged: {note}</source>
        <translation>Đã gắn cờ đơn {order}: {note}</translation>
    </message>
    <message>
        <source>Flag of order {order} cleared</source>
        <translation>Đã bỏ cờ của đơn {order}</translation>
    </message>
    <message>
        <source>Export evidence packs to</source>
        <translation>Xuất hồ sơ bằng chứng vào</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>Hãy chọn đơn cần xuất trước.</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>Xuất thất bại: {reason}</translation>
    </message>
    <message>
        <source>Evidence exported to {folder}</source>
        <translation>Đã xuất bằng chứng vào {folder}</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Bảng tính Seller Center</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Seller Center sheet not written: {reason}</source>
        <translation>Không ghi được bảng tính Seller Center: {reason}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>packer</source>
        <translation>người đóng gói</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>giám sát</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>quản trị</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Put the parcel on the scale.</source>
        <translation>Đặt kiện lên cân.</translation>
    </message>
    <message>
        <source>Scale: {message}.</source>
        <translation>Cân: {message}.</translation>
    </message>
    <message>
        <source>Weighing... {grams} g</source>
        <translation>Đang cân... {grams} g</translation>
    </message>
    <message>
        <source>Weight {grams} g.</source>
        <translation>Khối lượng {grams} g.</translation>
    </message>
    <message>
        <source>Scale {state}: {detail}.</source>
        <translation>Cân {state}: {detail}.</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale (it reads {grams} g): the next weight counts once it reads zero.</source>
        <translation>Lấy kiện trước ra khỏi cân (cân đang đọc {grams} g): lần cân tiếp theo được tính khi cân về 0.</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale: the next weight counts once it reads zero.</source>
        <translation>Lấy kiện trước ra khỏi cân: lần cân tiếp theo được tính khi cân về 0.</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>{name} ({count} left)</source>
        <translation>{name} (còn {count})</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>không còn gì</translation>
    </message>
    <message>
        <source>Empty scan: scan the item&apos;s barcode again.</source>
        <translation>Quét trống: quét lại mã vạch sản phẩm.</translation>
    </message>
    <message>
        <source>That is order {other}&apos;s barcode, not an item. This order is {order}.</source>
        <translation>Đây là mã của đơn {other}, không phải sản phẩm. Đơn này là {order}.</translation>
    </message>
    <message>
        <source>The barcode {code} did not scan cleanly: scan it again, holding the item still and flat.</source>
        <translation>Mã vạch {code} quét không rõ: quét lại, giữ hàng yên và phẳng.</translation>
    </message>
    <message>
        <source>This barcode ({code}) is not a product the station knows. Still to pick: {expected}.</source>
        <translation>Mã vạch này ({code}) không phải hàng trạm biết. Còn phải nhặt: {expected}.</translation>
    </message>
    <message>
        <source>Wrong item: {name} is not in this order; put it back. Still to pick: {expected}.</source>
        <translation>Sai hàng: {name} không có trong đơn này; để lại chỗ cũ. Còn phải nhặt: {expected}.</translation>
    </message>
    <message>
        <source>Too many: {name} already {picked} / {quantity}. Put this one back.</source>
        <translation>Thừa: {name} đã đủ {picked} / {quantity}. Để món này lại.</translation>
    </message>
</context>
<context>
    <name>ScanVerdict</name>
    <message>
        <source>ok</source>
        <translation>đúng</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>đủ</translation>
    </message>
    <message>
        <source>wrong_item</source>
        <translation>sai hàng</translation>
    </message>
    <message>
        <source>over_scan</source>
        <translation>quét thừa</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>mã lạ</translation>
    </message>
    <message>
        <source>other_order</source>
        <translation>đơn khác</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>quét rỗng</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>không đọc được</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>(any)</source>
        <translation>(tất cả)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Đã gắn cờ</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>Chưa gắn cờ</translation>
    </message>
    <message>
        <source>order id (end with * for a prefix)</source>
        <translation>mã đơn (thêm * ở cuối để tìm theo đầu mã)</translation>
    </message>
    <message>
        <source>tracking number (end with * for a prefix)</source>
        <translation>mã vận đơn (thêm * ở cuối để tìm theo đầu mã)</translation>
    </message>
    <message>
        <source>recipient name starts with…</source>
        <translation>tên người nhận bắt đầu bằng…</translation>
    </message>
    <message>
        <source>anywhere in the name (slower)</source>
        <translation>ở bất kỳ đâu trong tên (chậm hơn)</translation>
    </message>
    <message>
        <source>packer user id</source>
        <translation>mã người đóng gói</translation>
    </message>
    <message>
        <source>station</source>
        <translation>bàn đóng gói</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Hoạt động gần nhất</translation>
    </message>
    <message>
        <source>Ship-by deadline</source>
        <translation>Hạn giao</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Đơn hàng</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Mã vận đơn</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Người nhận</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>Người đóng gói</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>Bàn đóng gói</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Gắn cờ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>Mở đơn</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>Gắn cờ tranh chấp…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Xuất mục đã chọn…</translation>
    </message>
    <message>
        <source>Export whole search…</source>
        <translation>Xuất toàn bộ kết quả…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message>
        <source>The search failed (the log has the details).</source>
        <translation>Tìm kiếm thất bại (chi tiết trong nhật ký).</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>Hãy chọn một đơn trước.</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>Không có đơn nào khớp.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n đơn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ order(s) (scroll for more)</source>
        <translation>
            <numerusform>%n+ đơn (cuộn để xem thêm)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station name</source>
        <translation>Tên bàn đóng gói</translation>
    </message>
    <message>
        <source>Scanner URL</source>
        <translation>URL máy quét</translation>
    </message>
    <message>
        <source>Scale URL</source>
        <translation>URL cân</translation>
    </message>
    <message>
        <source>Printer URL</source>
        <translation>URL máy in</translation>
    </message>
    <message>
        <source>Camera URL</source>
        <translation>URL camera</translation>
    </message>
    <message>
        <source>Weight tolerance (g)</source>
        <translation>Sai số cân nặng (g)</translation>
    </message>
    <message>
        <source>Weight tolerance (%)</source>
        <translation>Sai số cân nặng (%)</translation>
    </message>
    <message>
        <source>Required photos (comma separated)</source>
        <translation>Ảnh bắt buộc (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Idle lock (minutes, 0 = off)</source>
        <translation>Tự khóa khi rảnh (phút, 0 = tắt)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Thử</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>Tìm thiết bị</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>Cài đặt bàn đóng gói</translation>
    </message>
    <message>
        <source>found {ports} serial port(s), {cameras} camera(s); pick from each list</source>
        <translation>tìm thấy {ports} cổng nối tiếp, {cameras} camera; chọn trong từng danh sách</translation>
    </message>
    <message>
        <source>Looking for devices</source>
        <translation>Tìm thiết bị</translation>
    </message>
    <message>
        <source>{device}: {result}</source>
        <translation>{device}: {result}</translation>
    </message>
    <message>
        <source>change what is needed, Save, then Esc to go back</source>
        <translation>sửa những gì cần, bấm Lưu, rồi Esc để quay lại</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Đóng cài đặt</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner (USB, types into the scan field)</source>
        <translation>Máy quét kiểu bàn phím (USB, gõ vào ô quét)</translation>
    </message>
    <message>
        <source>Simulated scanner (no hardware)</source>
        <translation>Máy quét mô phỏng (không có phần cứng)</translation>
    </message>
    <message>
        <source>Simulated scale (no hardware)</source>
        <translation>Cân mô phỏng (không có phần cứng)</translation>
    </message>
    <message>
        <source>No scale: weights typed in by hand</source>
        <translation>Không có cân: nhập khối lượng bằng tay</translation>
    </message>
    <message>
        <source>Serial scanner on {where}, 9600 baud</source>
        <translation>Máy quét nối tiếp ở {where}, 9600 baud</translation>
    </message>
    <message>
        <source>Scale on {where}, MT-SICS (asked)</source>
        <translation>Cân ở {where}, MT-SICS (hỏi)</translation>
    </message>
    <message>
        <source>Scale on {where}, continuous output</source>
        <translation>Cân ở {where}, xuất liên tục</translation>
    </message>
    <message>
        <source>Simulated printer (no hardware)</source>
        <translation>Máy in mô phỏng (không có phần cứng)</translation>
    </message>
    <message>
        <source>Save labels as files in {folder}</source>
        <translation>Lưu nhãn thành tệp trong {folder}</translation>
    </message>
    <message>
        <source>USB printer at {device}</source>
        <translation>Máy in USB ở {device}</translation>
    </message>
    <message>
        <source>Printer queue {queue} (CUPS)</source>
        <translation>Hàng đợi máy in {queue} (CUPS)</translation>
    </message>
    <message>
        <source>Network printer: replace HOST with its address</source>
        <translation>Máy in mạng: thay HOST bằng địa chỉ của máy</translation>
    </message>
    <message>
        <source>Simulated camera (no hardware)</source>
        <translation>Camera mô phỏng (không có phần cứng)</translation>
    </message>
    <message>
        <source>Camera {index} ({width}x{height})</source>
        <translation>Camera {index} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>looking for devices …</source>
        <translation>đang tìm thiết bị …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>đang kiểm tra …</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>LỖI</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{count} order(s) written to {path} ({format})</source>
        <translation>Đã ghi {count} đơn vào {path} ({format})</translation>
    </message>
    <message>
        <source>{count} order(s) already reported left out (--again to include)</source>
        <translation>Bỏ qua {count} đơn đã báo cáo (--again để gồm cả)</translation>
    </message>
    <message>
        <source>{count} split order(s) left out (several parcels with different tracking numbers; ship them through the API or by hand): {orders}</source>
        <translation>Bỏ qua {count} đơn tách kiện (nhiều kiện có mã vận đơn khác nhau; hãy gửi qua API hoặc làm tay): {orders}</translation>
    </message>
    <message>
        <source>{count} order(s) shipped with the marketplace&apos;s own label left out (it knows their tracking numbers)</source>
        <translation>Bỏ qua {count} đơn gửi bằng nhãn của sàn (sàn đã biết mã vận đơn)</translation>
    </message>
    <message>
        <source>{count} order(s) without a tracking number left out</source>
        <translation>Bỏ qua {count} đơn không có mã vận đơn</translation>
    </message>
    <message>
        <source>carrier {carrier} ({count} order(s)) is not in the provider table; written as it is (add it under [channels.provider_names])</source>
        <translation>hãng vận chuyển {carrier} ({count} đơn) không có trong bảng nhà cung cấp; ghi nguyên như vậy (thêm vào [channels.provider_names])</translation>
    </message>
</context>
<context>
    <name>SimPanel</name>
    <message>
        <source>Simulated scanner</source>
        <translation>Máy quét giả lập</translation>
    </message>
    <message>
        <source>click to scan</source>
        <translation>bấm để quét</translation>
    </message>
    <message>
        <source>Next order in queue</source>
        <translation>Đơn tiếp theo trong hàng chờ</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>Mã vạch lạ</translation>
    </message>
    <message>
        <source>Simulated scale</source>
        <translation>Cân giả lập</translation>
    </message>
    <message>
        <source>Wrong weight (+20 % and 150 g)</source>
        <translation>Sai cân nặng (+20 % và 150 g)</translation>
    </message>
    <message>
        <source>Empty scale</source>
        <translation>Cân trống</translation>
    </message>
    <message>
        <source>Wrong weight: open an order at the Pack step first.</source>
        <translation>Sai cân nặng: mở một đơn ở bước Đóng gói trước.</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>Hàng chờ trống.</translation>
    </message>
</context>
<context>
    <name>Staged</name>
    <message>
        <source>Nothing staged for collection.</source>
        <translation>Không có kiện nào chờ lấy.</translation>
    </message>
    <message>
        <source>Next collection due: order {order} ({carrier}) by {when}</source>
        <translation>Lượt lấy hàng tới: đơn {order} ({carrier}) trước {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staged for collection&lt;/b&gt; (F12: dispatch)</source>
        <translation>&lt;b&gt;Chờ lấy hàng&lt;/b&gt; (F12: giao hàng)</translation>
    </message>
    <message>
        <source>Reading the staged parcels</source>
        <translation>Đọc các kiện hàng đang chờ giao</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing} không thành công.</translation>
    </message>
    <message>
        <source>Log in first: scan your badge or type your PIN.</source>
        <translation>Hãy đăng nhập trước: quét thẻ hoặc nhập PIN.</translation>
    </message>
    <message>
        <source>No order is open: scan an order or press F2.</source>
        <translation>Chưa mở đơn nào: quét một đơn hoặc bấm F2.</translation>
    </message>
    <message>
        <source>This</source>
        <translation>Việc này</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>Không phải giám sát.</translation>
    </message>
    <message>
        <source>{message} — all items verified. Pack it.</source>
        <translation>{message} — đã kiểm đủ hàng. Đóng gói đi.</translation>
    </message>
    <message>
        <source>Box {box} for parcel {parcel}.</source>
        <translation>Hộp {box} cho kiện {parcel}.</translation>
    </message>
    <message>
        <source>Choosing the box</source>
        <translation>Chọn hộp</translation>
    </message>
    <message>
        <source>Order split into {count} parcels: weigh parcel {parcel}.</source>
        <translation>Đơn được tách thành {count} kiện: cân kiện {parcel}.</translation>
    </message>
    <message>
        <source>Adding a parcel</source>
        <translation>Thêm kiện</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Cân</translation>
    </message>
    <message>
        <source>Packed in {count} parcel(s). {labels}</source>
        <translation>Đã đóng gói thành {count} kiện. {labels}</translation>
    </message>
    <message>
        <source>Finishing packing</source>
        <translation>Hoàn tất đóng gói</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>In nhãn</translation>
    </message>
    <message>
        <source>Recording the label as printed</source>
        <translation>Ghi nhận nhãn đã in</translation>
    </message>
    <message>
        <source>Retrying the label</source>
        <translation>In lại nhãn đang chờ</translation>
    </message>
    <message>
        <source>Reprinting the label</source>
        <translation>In lại nhãn</translation>
    </message>
    <message>
        <source>Voiding the label</source>
        <translation>Hủy nhãn</translation>
    </message>
    <message>
        <source>Label printed: the printer took the waiting label.</source>
        <translation>Đã in nhãn: máy in đã nhận nhãn đang chờ.</translation>
    </message>
    <message>
        <source>Taking proof photos</source>
        <translation>Chụp ảnh bằng chứng</translation>
    </message>
    <message>
        <source>Press {key} to take the photo.</source>
        <translation>Bấm {key} để chụp ảnh.</translation>
    </message>
    <message>
        <source>Recording the supervisor&apos;s decision</source>
        <translation>Ghi nhận quyết định của giám sát</translation>
    </message>
    <message>
        <source>{photos} Order {order} is done: {next}.</source>
        <translation>{photos} Đơn {order} đã xong: {next}.</translation>
    </message>
    <message>
        <source>This station has no label service: labels cannot be printed here.</source>
        <translation>Trạm này không có dịch vụ nhãn: không in được nhãn ở đây.</translation>
    </message>
    <message>
        <source>Label reprinted ({reason}). {labels}</source>
        <translation>Đã in lại nhãn ({reason}). {labels}</translation>
    </message>
    <message>
        <source>Label voided by {who} ({reason}); press {key} to print a new label.</source>
        <translation>{who} đã hủy nhãn ({reason}); bấm {key} để in nhãn mới.</translation>
    </message>
    <message>
        <source>This station has no camera set up: a supervisor may waive the photos.</source>
        <translation>Trạm này chưa cài camera: giám sát có thể miễn chụp ảnh.</translation>
    </message>
    <message>
        <source>Photos stored.</source>
        <translation>Đã lưu ảnh.</translation>
    </message>
    <message>
        <source>Label photo accepted by {who}.</source>
        <translation>{who} đã chấp nhận ảnh nhãn.</translation>
    </message>
    <message>
        <source>Photos waived by {who} (camera failing).</source>
        <translation>{who} đã miễn chụp ảnh (camera lỗi).</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>đã bàn giao</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>hãng vận chuyển của đơn</translation>
    </message>
    <message>
        <source>staged for {carrier} ({location}): put it with that carrier&apos;s parcels</source>
        <translation>chờ giao cho {carrier} ({location}): để cùng các kiện của hãng đó</translation>
    </message>
    <message>
        <source>staged for {carrier}: put it with that carrier&apos;s parcels</source>
        <translation>chờ giao cho {carrier}: để cùng các kiện của hãng đó</translation>
    </message>
    <message>
        <source>No weight to accept: weigh the parcel first.</source>
        <translation>Không có cân nặng để chấp nhận: hãy cân kiện trước.</translation>
    </message>
    <message>
        <source>{code} is not a box. Scan a box code, or press {key} to weigh.</source>
        <translation>{code} không phải hộp. Quét mã hộp, hoặc bấm {key} để cân.</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>Không rõ hộp {code}.</translation>
    </message>
    <message>
        <source>No stable weight yet: wait for the scale.</source>
        <translation>Cân nặng chưa ổn định: chờ cân.</translation>
    </message>
    <message>
        <source>Choose a box first.</source>
        <translation>Hãy chọn hộp trước.</translation>
    </message>
    <message>
        <source>Admin {name} created. Log in with the PIN.</source>
        <translation>Đã tạo quản trị viên {name}. Đăng nhập bằng PIN.</translation>
    </message>
    <message>
        <source>Creating the first admin</source>
        <translation>Tạo quản trị viên đầu tiên</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Hello {name} ({role}).</source>
        <translation>Xin chào {name} ({role}).</translation>
    </message>
    <message>
        <source>{hello} Resumed order {order} at {step}.</source>
        <translation>{hello} Tiếp tục đơn {order} ở bước {step}.</translation>
    </message>
    <message>
        <source>Locked: the station was idle. Scan your badge or type your PIN.</source>
        <translation>Đã khóa: trạm không được dùng một lúc. Quét thẻ hoặc nhập PIN.</translation>
    </message>
    <message>
        <source>Logged out. Scan your badge or type your PIN.</source>
        <translation>Đã đăng xuất. Quét thẻ hoặc nhập PIN.</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Opening settings</source>
        <translation>Mở cài đặt</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Không có gì thay đổi.</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}; after a restart: {later}.</source>
        <translation>Đã lưu; áp dụng ngay: {now}; sau khi khởi động lại: {later}.</translation>
    </message>
    <message>
        <source>Saved; after a restart: {later}.</source>
        <translation>Đã lưu; áp dụng sau khi khởi động lại: {later}.</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}.</source>
        <translation>Đã lưu; áp dụng ngay: {now}.</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>Lưu cài đặt</translation>
    </message>
    <message>
        <source>{refusal} (and no badge)</source>
        <translation>{refusal} (và không phải thẻ)</translation>
    </message>
    <message>
        <source>Taking the order</source>
        <translation>Nhận đơn</translation>
    </message>
    <message>
        <source>{central}. {taken}</source>
        <translation>{central}. {taken}</translation>
    </message>
    <message>
        <source>Taking the next order</source>
        <translation>Nhận đơn tiếp theo</translation>
    </message>
    <message>
        <source>Order {order}: check it, then scan the first item.</source>
        <translation>Đơn {order}: kiểm tra, rồi quét món đầu tiên.</translation>
    </message>
    <message>
        <source>Starting to pick</source>
        <translation>Bắt đầu nhặt</translation>
    </message>
    <message>
        <source>Order {order} is {status}: finish it or put it on hold.</source>
        <translation>Đơn {order} đang {status}: làm xong hoặc tạm giữ.</translation>
    </message>
    <message>
        <source>Putting the order back</source>
        <translation>Đưa đơn về hàng chờ</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>Chờ nhãn, rồi dán lên kiện.</translation>
    </message>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>Bước này không dùng lượt quét này: {code}</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>Last scan undone ({reason}). Put that item back.</source>
        <translation>Đã hủy lượt quét cuối ({reason}). Đặt món đó lại.</translation>
    </message>
    <message>
        <source>Undoing the scan</source>
        <translation>Hủy lượt quét</translation>
    </message>
    <message>
        <source>On hold: {reason}. A supervisor can release it.</source>
        <translation>Tạm giữ: {reason}. Giám sát có thể bỏ tạm giữ.</translation>
    </message>
    <message>
        <source>Putting the order on hold</source>
        <translation>Tạm giữ đơn</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>Nhập ghi chú: vì sao chấp nhận?</translation>
    </message>
    <message>
        <source>Weight of parcel {parcel} accepted by {who}.</source>
        <translation>{who} đã chấp nhận cân nặng của kiện {parcel}.</translation>
    </message>
    <message>
        <source>Order {order} accepted short by {who}.</source>
        <translation>{who} đã chấp nhận đơn {order} thiếu hàng.</translation>
    </message>
    <message>
        <source>Order {order} released by {who}.</source>
        <translation>{who} đã bỏ tạm giữ đơn {order}.</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>Bỏ tạm giữ</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>Mở cửa sổ xem xét</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>station {name}</source>
        <translation>bàn {name}</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>chưa đăng nhập</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>Đóng trợ giúp</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Đăng xuất</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>Quay lại đóng gói</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>Chế độ giao hàng</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Nhân sự</translation>
    </message>
    <message>
        <source>Review needs a supervisor: ask one to log in with their badge.</source>
        <translation>Xem lại cần giám sát: nhờ giám sát đăng nhập bằng thẻ.</translation>
    </message>
    <message>
        <source>People are managed by a supervisor or admin: ask one to log in.</source>
        <translation>Chỉ giám sát hoặc admin quản lý nhân sự: nhờ một người đăng nhập.</translation>
    </message>
    <message>
        <source>{command} is not available on this step.</source>
        <translation>Bước này không dùng được {command}.</translation>
    </message>
    <message>
        <source>Unknown command barcode {code}: print a new command sheet.</source>
        <translation>Mã lệnh lạ {code}: hãy in bảng lệnh mới.</translation>
    </message>
    <message>
        <source>Log in first, then press Ctrl+T for returns.</source>
        <translation>Đăng nhập trước, rồi bấm Ctrl+T để xử lý hàng hoàn.</translation>
    </message>
    <message>
        <source>Counting stock needs a supervisor: ask one to log in with their badge.</source>
        <translation>Kiểm kho cần giám sát: nhờ một người quét thẻ đăng nhập.</translation>
    </message>
    <message>
        <source> (did you mean {code}?)</source>
        <translation> (ý bạn là {code}?)</translation>
    </message>
    <message>
        <source>Scan not read: {reason}</source>
        <translation>Không đọc được mã quét: {reason}</translation>
    </message>
    <message>
        <source>{device} is back.</source>
        <translation>{device} đã hoạt động lại.</translation>
    </message>
    <message>
        <source>Video: {message} Packing goes on; the order is marked video incomplete.</source>
        <translation>Video: {message} Vẫn đóng gói tiếp; đơn được ghi là video không đầy đủ.</translation>
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
        <translation>Sẵn sàng</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Đã xác nhận</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>Đã nhặt</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>Đã đóng gói</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>Đã dán nhãn</translation>
    </message>
    <message>
        <source>Photographed</source>
        <translation>Đã chụp ảnh</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Chờ giao</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Đã giao cho hãng</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Tạm giữ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Đã hủy</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>Đang vận chuyển</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Đã giao</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Chậm</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Thất lạc</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Đã hoàn</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>Đang giao</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>Giao không thành công</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>Hư hỏng</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>Nhặt hàng</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Đóng gói</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>Chụp ảnh</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>{sku} ({needed} needed, {available} available)</source>
        <translation>{sku} (cần {needed}, có {available})</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>còn hàng</translation>
    </message>
    <message>
        <source>waiting for stock: {missing}</source>
        <translation>đang chờ hàng: {missing}</translation>
    </message>
    <message>
        <source>low stock: {sku} has {available} available (alert at {threshold})</source>
        <translation>sắp hết hàng: {sku} còn {available} có sẵn (cảnh báo ở mức {threshold})</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>The count could not be read or written; nothing was changed, try again.</source>
        <translation>Không đọc hoặc ghi được lần đếm; không có gì thay đổi, thử lại.</translation>
    </message>
    <message>
        <source>No units counted yet.</source>
        <translation>Chưa đếm món nào.</translation>
    </message>
    <message>
        <source>  difference {diff}</source>
        <translation>  chênh lệch {diff}</translation>
    </message>
    <message>
        <source>{sku}: counted {counted}, books {expected}</source>
        <translation>{sku}: đếm được {counted}, sổ sách {expected}</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label.</source>
        <translation>Quét nhãn ô kệ.</translation>
    </message>
    <message>
        <source>Counted. Scan the next bin&apos;s label.</source>
        <translation>Đã đếm. Quét nhãn ô kệ tiếp theo.</translation>
    </message>
    <message>
        <source>Scan the label of the bin to count.</source>
        <translation>Quét nhãn ô kệ cần đếm.</translation>
    </message>
    <message>
        <source>Scan every unit in bin {bin}, then confirm the count.</source>
        <translation>Quét từng món trong ô {bin}, rồi xác nhận số đếm.</translation>
    </message>
    <message>
        <source>Bin {bin}: scan each unit, then confirm.</source>
        <translation>Ô {bin}: quét từng món, rồi xác nhận.</translation>
    </message>
    <message>
        <source>Nothing was read; scan again.</source>
        <translation>Không đọc được; quét lại.</translation>
    </message>
    <message>
        <source>{code} is a product barcode: scan the bin&apos;s label first.</source>
        <translation>{code} là mã vạch sản phẩm: quét nhãn ô kệ trước.</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: not counted.</source>
        <translation>Mã vạch lạ {code}: không đếm.</translation>
    </message>
    <message>
        <source>No {sku} counted to take back.</source>
        <translation>Chưa đếm {sku} nào để bớt lại.</translation>
    </message>
    <message>
        <source>No unit counted to take back.</source>
        <translation>Chưa đếm món nào để bớt lại.</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label first.</source>
        <translation>Quét nhãn ô kệ trước.</translation>
    </message>
    <message>
        <source>{sku}: counted {counted} but {reserved} are reserved for orders; count again or release those orders.</source>
        <translation>{sku}: đếm được {counted} nhưng {reserved} đã giữ cho đơn; đếm lại hoặc bỏ giữ các đơn đó.</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>không chênh lệch</translation>
    </message>
    <message>
        <source>Bin {bin} counted: {words}.</source>
        <translation>Đã đếm ô {bin}: {words}.</translation>
    </message>
    <message>
        <source>Count cancelled; nothing was changed.</source>
        <translation>Đã hủy đếm; không có gì thay đổi.</translation>
    </message>
    <message>
        <source>{sku}: {count} counted.</source>
        <translation>{sku}: đã đếm {count}.</translation>
    </message>
</context>
<context>
    <name>StockCountPage</name>
    <message>
        <source>Counted</source>
        <translation>Đã đếm</translation>
    </message>
    <message>
        <source>Stock count: bin {bin} counted. Scan the next bin&apos;s label.</source>
        <translation>Kiểm kho: ô {bin} đã đếm xong. Quét nhãn ô tiếp theo.</translation>
    </message>
    <message>
        <source>Stock count: bin {bin}</source>
        <translation>Kiểm kho: ô {bin}</translation>
    </message>
    <message>
        <source>Stock count: scan the bin&apos;s label</source>
        <translation>Kiểm kho: quét nhãn của ô</translation>
    </message>
    <message>
        <source>Recorded: {list}</source>
        <translation>Đã ghi: {list}</translation>
    </message>
    <message>
        <source>Differences: {list}</source>
        <translation>Chênh lệch: {list}</translation>
    </message>
    <message>
        <source>No differences (recorded)</source>
        <translation>Không chênh lệch (đã ghi)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Không chênh lệch</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>Quay lại đóng gói</translation>
    </message>
    <message>
        <source>Confirm count</source>
        <translation>Xác nhận số đếm</translation>
    </message>
    <message>
        <source>Take back last unit</source>
        <translation>Bỏ món vừa đếm</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>Hủy lần đếm</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>scanned {sku} ({picked}/{quantity})</source>
        <translation>đã quét {sku} ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} rejected: {why}</source>
        <translation>lượt quét {barcode} bị từ chối: {why}</translation>
    </message>
    <message>
        <source>undid scan of {sku}: {reason}</source>
        <translation>hoàn tác lượt quét {sku}: {reason}</translation>
    </message>
    <message>
        <source>held: {reason}</source>
        <translation>tạm giữ: {reason}</translation>
    </message>
    <message>
        <source>released back to {status} — note: &quot;{note}&quot;</source>
        <translation>bỏ tạm giữ, trở lại {status} — ghi chú: &quot;{note}&quot;</translation>
    </message>
    <message>
        <source>released back to {status}</source>
        <translation>bỏ tạm giữ, trở lại {status}</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g</source>
        <translation>kiện {parcel} cân được {grams} g, dự kiến {expected} g</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g (out of tolerance)</source>
        <translation>kiện {parcel} cân được {grams} g, dự kiến {expected} g (vượt dung sai)</translation>
    </message>
    <message>
        <source>weight of parcel {parcel} accepted: {reason}</source>
        <translation>đã chấp nhận cân nặng kiện {parcel}: {reason}</translation>
    </message>
    <message>
        <source>label printed, tracking {tracking}</source>
        <translation>đã in nhãn, mã vận đơn {tracking}</translation>
    </message>
    <message>
        <source>label reprinted: {reason}</source>
        <translation>in lại nhãn: {reason}</translation>
    </message>
    <message>
        <source>label {tracking} voided: {reason}</source>
        <translation>đã hủy nhãn {tracking}: {reason}</translation>
    </message>
    <message>
        <source>photo {kind} (label visible)</source>
        <translation>ảnh {kind} (thấy nhãn)</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>ảnh {kind}</translation>
    </message>
    <message>
        <source>photos waived ({missing}): {reason}</source>
        <translation>miễn ảnh ({missing}): {reason}</translation>
    </message>
    <message>
        <source>dispute flagged: {note}</source>
        <translation>gắn cờ tranh chấp: {note}</translation>
    </message>
    <message>
        <source>flag cleared {note}</source>
        <translation>đã bỏ cờ {note}</translation>
    </message>
    <message>
        <source>flag cleared</source>
        <translation>đã bỏ cờ</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>đã hủy: {reason}</translation>
    </message>
    <message>
        <source>carrier: {status} {note}</source>
        <translation>hãng vận chuyển: {status} {note}</translation>
    </message>
    <message>
        <source>carrier: {status}</source>
        <translation>hãng vận chuyển: {status}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup in {location}</source>
        <translation>chờ {carrier} đến lấy tại {location}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup</source>
        <translation>chờ {carrier} đến lấy</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>hãng vận chuyển của đơn</translation>
    </message>
    <message>
        <source>parcel {parcel} scanned into handover {manifest}</source>
        <translation>kiện {parcel} đã quét vào bàn giao {manifest}</translation>
    </message>
    <message>
        <source>refused at handover {manifest}: {message}</source>
        <translation>bị từ chối khi bàn giao {manifest}: {message}</translation>
    </message>
    <message>
        <source>partial handover allowed in {manifest}: {reason}</source>
        <translation>cho phép bàn giao một phần trong {manifest}: {reason}</translation>
    </message>
    <message>
        <source>shipped: handed over in manifest {manifest}</source>
        <translation>đã gửi: bàn giao trong biên bản {manifest}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
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
        <translation>đã lưu bằng chứng giao hàng: {source}</translation>
    </message>
    <message>
        <source>alert: {what}</source>
        <translation>cảnh báo: {what}</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Cân</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>check its cable and power</source>
        <translation>kiểm tra dây và nguồn</translation>
    </message>
    <message>
        <source>check its cable (or plug it in again)</source>
        <translation>kiểm tra dây (hoặc cắm lại)</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when it is back</source>
        <translation>vẫn đóng gói được; đơn sẽ gửi khi có lại</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when the network is back</source>
        <translation>vẫn đóng gói được; đơn sẽ gửi khi có mạng lại</translation>
    </message>
    <message>
        <source>Printer out of labels: load a new roll, then press Retry.</source>
        <translation>Máy in hết nhãn: lắp cuộn mới rồi bấm Thử lại.</translation>
    </message>
    <message>
        <source>Printer ribbon finished: put in a new ribbon, then press Retry.</source>
        <translation>Hết ruy băng máy in: thay ruy băng mới rồi bấm Thử lại.</translation>
    </message>
    <message>
        <source>Printer lid open: close it, then press Retry.</source>
        <translation>Nắp máy in đang mở: đóng lại rồi bấm Thử lại.</translation>
    </message>
    <message>
        <source>Printer paused: press its pause button once.</source>
        <translation>Máy in đang tạm dừng: bấm nút tạm dừng một lần.</translation>
    </message>
    <message>
        <source>Printer not answering: check its cable and power.</source>
        <translation>Máy in không phản hồi: kiểm tra dây và nguồn.</translation>
    </message>
    <message>
        <source>Printer needs attention: look at its display or lights.</source>
        <translation>Máy in cần xem: nhìn màn hình hoặc đèn của máy.</translation>
    </message>
    <message>
        <source>{device} not answering: {check}.</source>
        <translation>{device} không phản hồi: {check}.</translation>
    </message>
    <message>
        <source>{device} is slow to answer: {check}, then try again.</source>
        <translation>{device} phản hồi chậm: {check}, rồi thử lại.</translation>
    </message>
    <message>
        <source>{device} not found: {check}, or choose it again in Settings (Ctrl+S).</source>
        <translation>Không thấy {device}: {check}, hoặc chọn lại trong Cài đặt (Ctrl+S).</translation>
    </message>
    <message>
        <source>{device} cannot be used by this station (no permission): ask the admin to set it up.</source>
        <translation>Trạm này không dùng được {device} (không có quyền): nhờ admin thiết lập.</translation>
    </message>
    <message>
        <source>The disk is full: ask the admin to free space; packing goes on.</source>
        <translation>Ổ đĩa đầy: nhờ admin giải phóng chỗ; vẫn đóng gói được.</translation>
    </message>
    <message>
        <source>{device} trouble: {check}, then try again.</source>
        <translation>{device} gặp sự cố: {check}, rồi thử lại.</translation>
    </message>
    <message>
        <source>Camera picture frozen: check its cable (or plug it in again).</source>
        <translation>Hình camera bị đứng: kiểm tra dây (hoặc cắm lại).</translation>
    </message>
    <message>
        <source>{doing} did not work: the disk is full. Ask the admin to free space.</source>
        <translation>{doing} không được: ổ đĩa đầy. Nhờ admin giải phóng chỗ.</translation>
    </message>
    <message>
        <source>{doing} did not work: a device or the network did not answer. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} không được: thiết bị hoặc mạng không phản hồi. Thử lại; nếu vẫn lỗi, gọi giám sát.</translation>
    </message>
    <message>
        <source>{doing} did not work. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} không được. Thử lại; nếu vẫn lỗi, gọi giám sát.</translation>
    </message>
    <message>
        <source>The printer stopped answering while the label was sent: if no label came out, press Reprint.</source>
        <translation>Máy in ngừng phản hồi khi đang gửi nhãn: nếu không ra nhãn, bấm In lại.</translation>
    </message>
    <message>
        <source> The label prints when it answers.</source>
        <translation> Nhãn sẽ in khi máy phản hồi lại.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>ok</source>
        <translation>đã xác minh</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>chưa kiểm tra</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>tệp đã thay đổi</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>thiếu tệp</translation>
    </message>
    <message>
        <source>record_edited</source>
        <translation>bản ghi bị sửa</translation>
    </message>
    <message>
        <source>chain_broken</source>
        <translation>chuỗi bị đứt</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>bị đổi thứ tự</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>no video</source>
        <translation>không có video</translation>
    </message>
    <message>
        <source>{seconds} s missing</source>
        <translation>thiếu {seconds} giây</translation>
    </message>
    <message>
        <source>accepted by {user} at {when} ({what}): {reason}</source>
        <translation>{user} chấp nhận lúc {when} ({what}): {reason}</translation>
    </message>
    <message>
        <source>Video complete: {count} segment(s)</source>
        <translation>Video đầy đủ: {count} đoạn</translation>
    </message>
    <message>
        <source>No packing video</source>
        <translation>Không có video đóng gói</translation>
    </message>
    <message>
        <source>Video incomplete: {seconds} s missing</source>
        <translation>Video không đầy đủ: thiếu {seconds} giây</translation>
    </message>
    <message>
        <source>{what}; {acceptance}</source>
        <translation>{what}; {acceptance}</translation>
    </message>
    <message>
        <source>{what}; the earlier acceptance ({seconds} s) no longer covers it</source>
        <translation>{what}; lần chấp nhận trước ({seconds} giây) không còn đủ</translation>
    </message>
    <message>
        <source>{what}; not accepted by a supervisor</source>
        <translation>{what}; giám sát chưa chấp nhận</translation>
    </message>
    <message>
        <source>Accepting an incomplete video</source>
        <translation>Việc chấp nhận video không đầy đủ</translation>
    </message>
    <message>
        <source>Say why the incomplete video is accepted.</source>
        <translation>Cho biết vì sao chấp nhận video không đầy đủ.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>Lý do quá dài (tối đa {most} ký tự).</translation>
    </message>
    <message>
        <source>There is no order {order}.</source>
        <translation>Không có đơn {order}.</translation>
    </message>
    <message>
        <source>The video of order {order} is complete: nothing to accept.</source>
        <translation>Video của đơn {order} đã đầy đủ: không có gì để chấp nhận.</translation>
    </message>
    <message>
        <source>The video of order {order} is already accepted.</source>
        <translation>Video của đơn {order} đã được chấp nhận.</translation>
    </message>
    <message>
        <source>scan {barcode} ok ({picked}/{quantity})</source>
        <translation>quét {barcode} đúng ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} {verdict}</source>
        <translation>quét {barcode} {verdict}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>bị từ chối</translation>
    </message>
    <message>
        <source>weight {grams} g</source>
        <translation>cân nặng {grams} g</translation>
    </message>
    <message>
        <source>label {tracking}</source>
        <translation>nhãn {tracking}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>ảnh {kind}</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>ảnh</translation>
    </message>
</context>
<context>
    <name>VideoDecisionBar</name>
    <message>
        <source>Accept incomplete video…</source>
        <translation>Chấp nhận video không đầy đủ…</translation>
    </message>
    <message>
        <source>Checking the video…</source>
        <translation>Đang kiểm tra video…</translation>
    </message>
    <message>
        <source>The video could not be checked (the log has the details).</source>
        <translation>Không kiểm tra được video (chi tiết trong nhật ký).</translation>
    </message>
    <message>
        <source>Accept incomplete video</source>
        <translation>Chấp nhận video không đầy đủ</translation>
    </message>
    <message>
        <source>Why is the video of order {order} accepted as it is?</source>
        <translation>Vì sao chấp nhận video của đơn {order} như hiện tại?</translation>
    </message>
    <message>
        <source>the decision could not be saved (the log has the details)</source>
        <translation>không lưu được quyết định (chi tiết trong nhật ký)</translation>
    </message>
    <message>
        <source>Not accepted: {reason}</source>
        <translation>Chưa chấp nhận: {reason}</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>No video for this order.</source>
        <translation>Đơn này không có video.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Phát</translation>
    </message>
    <message>
        <source>◀ frame</source>
        <translation>◀ khung hình</translation>
    </message>
    <message>
        <source>frame ▶</source>
        <translation>khung hình ▶</translation>
    </message>
    <message>
        <source>◀◀ event</source>
        <translation>◀◀ sự kiện</translation>
    </message>
    <message>
        <source>event ▶▶</source>
        <translation>sự kiện ▶▶</translation>
    </message>
    <message>
        <source>Export clip…</source>
        <translation>Xuất đoạn clip…</translation>
    </message>
    <message numerus="yes">
        <source>Packing video {start}Z, {seconds} s, %n event(s)</source>
        <translation>
            <numerusform>Video đóng gói {start}Z, {seconds} giây, %n sự kiện</numerusform>
        </translation>
    </message>
    <message>
        <source>VIDEO INCOMPLETE ({seconds} s missing)</source>
        <translation>VIDEO KHÔNG ĐẦY ĐỦ (thiếu {seconds} giây)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>{event} at {time}Z</source>
        <translation>{event} lúc {time}Z</translation>
    </message>
    <message>
        <source>Export clip</source>
        <translation>Xuất đoạn clip</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>Video MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip not exported (the log has the details).</source>
        <translation>Không xuất được đoạn clip (chi tiết trong nhật ký).</translation>
    </message>
</context>
</TS>
