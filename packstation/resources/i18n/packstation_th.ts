<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>AlertStrip</name>
    <message>
        <source>⚠ {alert}  (click when seen)</source>
        <translation>⚠ {alert}  (แตะเมื่อเห็นแล้ว)</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>packstation daily digest {day}: {count} alert(s)</source>
        <translation>สรุปประจำวันของ packstation {day}: การแจ้งเตือน {count} รายการ</translation>
    </message>
    <message>
        <source>{count} delivery alerts: {title}, ...</source>
        <translation>แจ้งเตือนการจัดส่ง {count} รายการ: {title}, ...</translation>
    </message>
    <message>
        <source>Low stock: {sku}</source>
        <translation>สต็อกใกล้หมด: {sku}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>Order {order} was cancelled; do not pack it.</source>
        <translation>ออเดอร์ {order} ถูกยกเลิกแล้ว ห้ามแพ็ก</translation>
    </message>
    <message>
        <source>Order {order} is being packed at another station.</source>
        <translation>ออเดอร์ {order} กำลังแพ็กที่สถานีอื่น</translation>
    </message>
    <message>
        <source>Order {order} is being packed at station {station} until {time} UTC.</source>
        <translation>ออเดอร์ {order} กำลังแพ็กที่สถานี {station} จนถึง {time} UTC</translation>
    </message>
    <message>
        <source>offline: packing an order claimed ahead</source>
        <translation>ออฟไลน์: กำลังแพ็กออเดอร์ที่จองไว้ล่วงหน้า</translation>
    </message>
    <message>
        <source>central store unreachable: order {order} was not claimed ahead by this station, so it cannot be packed offline. Take an order from the claimed-ahead list, or wait for the network.</source>
        <translation>ติดต่อระบบคลังกลางไม่ได้: สถานีนี้ไม่ได้จองออเดอร์ {order} ไว้ล่วงหน้า จึงแพ็กแบบออฟไลน์ไม่ได้ เลือกออเดอร์จากรายการที่จองไว้ล่วงหน้า หรือรอเครือข่าย</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Show the hotkeys and what this step expects</source>
        <translation>แสดงปุ่มลัดและสิ่งที่ต้องทำในขั้นนี้</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>ออเดอร์ถัดไป</translation>
    </message>
    <message>
        <source>Take the most urgent order from the queue</source>
        <translation>รับออเดอร์ที่เร่งด่วนที่สุดจากคิว</translation>
    </message>
    <message>
        <source>OK / confirm</source>
        <translation>ตกลง / ยืนยัน</translation>
    </message>
    <message>
        <source>Accept the current step</source>
        <translation>ยืนยันขั้นตอนนี้</translation>
    </message>
    <message>
        <source>Undo scan</source>
        <translation>ยกเลิกการสแกน</translation>
    </message>
    <message>
        <source>Undo the last accepted scan</source>
        <translation>ยกเลิกการสแกนล่าสุดที่ผ่าน</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>Capture a proof photo of the parcel</source>
        <translation>ถ่ายรูปพัสดุเป็นหลักฐาน</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>พัสดุใหม่</translation>
    </message>
    <message>
        <source>Start another parcel for this order</source>
        <translation>เริ่มพัสดุอีกกล่องสำหรับออเดอร์นี้</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>พิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>Print the shipping label again</source>
        <translation>พิมพ์ฉลากจัดส่งอีกครั้ง</translation>
    </message>
    <message>
        <source>Hold order</source>
        <translation>พักออเดอร์</translation>
    </message>
    <message>
        <source>Put the order on hold: short pick, damage, weight</source>
        <translation>พักออเดอร์: ของขาด เสียหาย น้ำหนักไม่ตรง</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>ปลดการพัก</translation>
    </message>
    <message>
        <source>Release an order on hold</source>
        <translation>ปลดออเดอร์ที่ถูกพัก</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>ยกเลิกฉลาก</translation>
    </message>
    <message>
        <source>Void the shipping label</source>
        <translation>ยกเลิกฉลากจัดส่ง</translation>
    </message>
    <message>
        <source>Cancel / back</source>
        <translation>ยกเลิก / กลับ</translation>
    </message>
    <message>
        <source>Close the prompt; the order stays where it is</source>
        <translation>ปิดหน้าต่างถาม ออเดอร์อยู่ขั้นเดิม</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Log out of the station</source>
        <translation>ออกจากระบบของโต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>โหมดส่งมอบ</translation>
    </message>
    <message>
        <source>Hand parcels to a courier: scan each one out</source>
        <translation>ส่งพัสดุให้ขนส่ง: สแกนออกทีละกล่อง</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>Station commands</source>
        <translation>คำสั่งของโต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>โต๊ะแพ็ก {name}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>หน้า {page} จาก {pages}</translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation> (หัวหน้างาน)</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>⚠ FRAGILE: pad every item</source>
        <translation>⚠ ของแตกง่าย: ห่อกันกระแทกทุกชิ้น</translation>
    </message>
    <message>
        <source>Why put it on hold?</source>
        <translation>พักเพราะอะไร?</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>ส่งถึง</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>ออเดอร์ {order}</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>ไม่มีขนส่ง</translation>
    </message>
    <message>
        <source>Buyer: {message}</source>
        <translation>ผู้ซื้อ: {message}</translation>
    </message>
    <message>
        <source>Start picking</source>
        <translation>เริ่มหยิบสินค้า</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>กลับไปที่คิว</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ชิ้น</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>between</source>
        <translation>ระหว่าง</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ถึง</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Carrier scan</source>
        <translation>สแกนของขนส่ง</translation>
    </message>
    <message>
        <source>Lost: delivery failed too often</source>
        <translation>สูญหาย: ส่งไม่สำเร็จหลายครั้งเกินไป</translation>
    </message>
    <message>
        <source>Lost: not delivered in time after order creation</source>
        <translation>สูญหาย: ส่งไม่ถึงภายในเวลาหลังสร้างออเดอร์</translation>
    </message>
    <message>
        <source>Delayed: past the delivery due time</source>
        <translation>ล่าช้า: เลยกำหนดส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>Carrier reported an exception</source>
        <translation>ขนส่งแจ้งว่ามีปัญหา</translation>
    </message>
    <message>
        <source>No carrier scan after handover (pickup missed?)</source>
        <translation>ไม่มีการสแกนของขนส่งหลังส่งมอบ (ไม่ได้มารับ?)</translation>
    </message>
    <message>
        <source>No tracking update: marketplace auto-cancel risk</source>
        <translation>ไม่มีอัปเดตสถานะพัสดุ: เสี่ยงถูกมาร์เก็ตเพลสยกเลิกอัตโนมัติ</translation>
    </message>
    <message>
        <source>Delivered after a Lost verdict (reopened)</source>
        <translation>ส่งถึงหลังถูกระบุว่าสูญหาย (เปิดใหม่)</translation>
    </message>
    <message>
        <source>Seller appeal</source>
        <translation>ผู้ขายยื่นอุทธรณ์</translation>
    </message>
    <message>
        <source>Carrier claim</source>
        <translation>เคลมกับขนส่ง</translation>
    </message>
    <message>
        <source>Damaged (carrier scan)</source>
        <translation>เสียหาย (สแกนของขนส่ง)</translation>
    </message>
    <message>
        <source>Delivery failed (carrier scan)</source>
        <translation>ส่งไม่สำเร็จ (สแกนของขนส่ง)</translation>
    </message>
    <message>
        <source>Returned to sender (carrier scan)</source>
        <translation>ตีกลับผู้ส่ง (สแกนของขนส่ง)</translation>
    </message>
    <message>
        <source>Delayed (carrier scan)</source>
        <translation>ล่าช้า (สแกนของขนส่ง)</translation>
    </message>
    <message>
        <source>{claim}: closed</source>
        <translation>{claim}: ปิดแล้ว</translation>
    </message>
    <message>
        <source>{claim}: {days} d left</source>
        <translation>{claim}: เหลือ {days} วัน</translation>
    </message>
    <message>
        <source>{claim}: {hours} h left</source>
        <translation>{claim}: เหลือ {hours} ชม.</translation>
    </message>
    <message>
        <source>Order {order}: {condition}</source>
        <translation>ออเดอร์ {order}: {condition}</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>scanner</source>
        <translation>สแกนเนอร์</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>ตาชั่ง</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>ซิงก์</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>เชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>หลุดการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>กำลังเชื่อมต่อใหม่</translation>
    </message>
    <message>
        <source>error</source>
        <translation>ผิดพลาด</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>จำลอง</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>ว่าง</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>กระดาษหมด</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>ออฟไลน์</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>ขัดข้อง</translation>
    </message>
    <message>
        <source>scale address: {problem}</source>
        <translation>ที่อยู่ตาชั่ง: {problem}</translation>
    </message>
    <message>
        <source>no scale configured (scale = none); weights are entered by hand</source>
        <translation>ไม่ได้ตั้งตาชั่ง (scale = none) ป้อนน้ำหนักด้วยมือ</translation>
    </message>
    <message>
        <source>scale answered: {reading} (raw {raw})</source>
        <translation>ตาชั่งตอบแล้ว: {reading} (ข้อมูลดิบ {raw})</translation>
    </message>
    <message>
        <source>scale answered but reports a problem: {problem}</source>
        <translation>ตาชั่งตอบแต่แจ้งปัญหา: {problem}</translation>
    </message>
    <message>
        <source>no weight from the scale within {seconds} s: {problem}</source>
        <translation>ไม่ได้น้ำหนักจากตาชั่งภายใน {seconds} วินาที: {problem}</translation>
    </message>
    <message>
        <source>scanner address: {problem}</source>
        <translation>ที่อยู่เครื่องสแกน: {problem}</translation>
    </message>
    <message>
        <source>keyboard-wedge scanner: test it by scanning into the station&apos;s scan field</source>
        <translation>เครื่องสแกนแบบคีย์บอร์ด: ทดสอบโดยสแกนลงในช่องสแกนของสถานี</translation>
    </message>
    <message>
        <source>scanner not reachable: {problem}</source>
        <translation>ติดต่อเครื่องสแกนไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>scanner read {code}</source>
        <translation>เครื่องสแกนอ่านได้ {code}</translation>
    </message>
    <message>
        <source>scanner sent something unusable: {problem}</source>
        <translation>เครื่องสแกนส่งข้อมูลที่ใช้ไม่ได้: {problem}</translation>
    </message>
    <message>
        <source>scanner port opens, but no scan arrived within {seconds} s</source>
        <translation>เปิดพอร์ตเครื่องสแกนได้ แต่ไม่มีการสแกนเข้ามาภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>scanner port opens</source>
        <translation>เปิดพอร์ตเครื่องสแกนได้</translation>
    </message>
    <message>
        <source>unknown device kind {kind}; use {kinds}</source>
        <translation>ไม่รู้จักอุปกรณ์ชนิด {kind}; ใช้ {kinds}</translation>
    </message>
    <message>
        <source>{device} at {url} did not answer within {seconds} s</source>
        <translation>{device} ที่ {url} ไม่ตอบภายใน {seconds} วินาที</translation>
    </message>
    <message>
        <source>camera address: {problem}</source>
        <translation>ที่อยู่กล้อง: {problem}</translation>
    </message>
    <message>
        <source>simulated camera</source>
        <translation>กล้องจำลอง</translation>
    </message>
    <message>
        <source>camera clip {path} does not exist</source>
        <translation>ไม่มีคลิปกล้อง {path}</translation>
    </message>
    <message>
        <source>camera {url} opens no picture (unplugged, or used by another program?)</source>
        <translation>กล้อง {url} ไม่มีภาพ (ถอดสายอยู่ หรือโปรแกรมอื่นใช้อยู่?)</translation>
    </message>
    <message>
        <source>camera gives {width}x{height} frames</source>
        <translation>กล้องให้ภาพขนาด {width}x{height}</translation>
    </message>
    <message>
        <source>printer address: {problem}</source>
        <translation>ที่อยู่เครื่องพิมพ์: {problem}</translation>
    </message>
</context>
<context>
    <name>DeviceUrlBox</name>
    <message>
        <source>Configured now</source>
        <translation>ที่ตั้งไว้ตอนนี้</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>Handover {id} for {carrier} resumed: {count}.</source>
        <translation>ทำการส่งมอบ {id} ของ {carrier} ต่อ: {count}</translation>
    </message>
    <message>
        <source>Dispatch mode: choose the carrier, or scan the courier&apos;s manifest barcode.</source>
        <translation>โหมดส่งมอบ: เลือกขนส่ง หรือสแกนบาร์โค้ดใบงานของพนักงานขนส่ง</translation>
    </message>
    <message>
        <source> Handover {id} stays open.</source>
        <translation> การส่งมอบ {id} ยังเปิดอยู่</translation>
    </message>
    <message>
        <source>Back to packing.</source>
        <translation>กลับไปแพ็กของ</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>เลือกขนส่งก่อน (หรือสแกนบาร์โค้ดใบงานของพนักงานขนส่ง)</translation>
    </message>
    <message>
        <source>Open handover resumed.</source>
        <translation>ทำการส่งมอบที่เปิดอยู่ต่อ</translation>
    </message>
    <message>
        <source>{carrier}: type or scan the courier&apos;s name, then OK.</source>
        <translation>{carrier}: พิมพ์หรือสแกนชื่อพนักงานขนส่ง แล้วกด OK</translation>
    </message>
    <message>
        <source>Drop-off {id} open: scan each parcel&apos;s label.</source>
        <translation>เปิดการส่งที่จุดรับ {id}: สแกนฉลากพัสดุทีละกล่อง</translation>
    </message>
    <message>
        <source>Handover {id} open: scan each parcel&apos;s label.</source>
        <translation>เปิดการส่งมอบ {id}: สแกนฉลากพัสดุทีละกล่อง</translation>
    </message>
    <message>
        <source>Nothing was read: scan again.</source>
        <translation>อ่านไม่ได้: สแกนอีกครั้ง</translation>
    </message>
    <message>
        <source>That is a parcel&apos;s label: open the handover first (the courier&apos;s name, then OK), then scan the parcels.</source>
        <translation>นี่คือฉลากพัสดุ: เปิดการส่งมอบก่อน (ชื่อพนักงานขนส่ง แล้วกด OK) แล้วจึงสแกนพัสดุ</translation>
    </message>
    <message>
        <source>Courier: {name}</source>
        <translation>พนักงานขนส่ง: {name}</translation>
    </message>
    <message>
        <source>Plate read.</source>
        <translation>อ่านทะเบียนรถแล้ว</translation>
    </message>
    <message>
        <source>This handover is closed: OK for a new one.</source>
        <translation>การส่งมอบนี้ปิดแล้ว: กด OK เพื่อเริ่มใหม่</translation>
    </message>
    <message>
        <source>No handover is open: choose the carrier first.</source>
        <translation>ยังไม่มีการส่งมอบที่เปิดอยู่: เลือกขนส่งก่อน</translation>
    </message>
    <message>
        <source>Nothing scanned to take out.</source>
        <translation>ยังไม่มีพัสดุที่สแกนให้เอาออก</translation>
    </message>
    <message>
        <source>{tracking} taken out of the handover.</source>
        <translation>เอา {tracking} ออกจากการส่งมอบแล้ว</translation>
    </message>
    <message>
        <source>No handover is open.</source>
        <translation>ยังไม่มีการส่งมอบที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Nothing is scanned yet: scan the parcels first.</source>
        <translation>ยังไม่ได้สแกนอะไร: สแกนพัสดุก่อน</translation>
    </message>
    <message>
        <source>order {order}: {parcels}</source>
        <translation>ออเดอร์ {order}: {parcels}</translation>
    </message>
    <message>
        <source>Orders not complete: scan their other parcels first ({rest}).</source>
        <translation>ออเดอร์ยังไม่ครบ: สแกนพัสดุที่เหลือก่อน ({rest})</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} not scanned: scan them, or OK to leave them behind.</source>
        <translation>พัสดุของ {carrier} {count} กล่องยังไม่ได้สแกน: สแกนเลย หรือกด OK เพื่อเก็บไว้ก่อน</translation>
    </message>
    <message>
        <source>Every waiting parcel is scanned. PHOTO: the parcels handed over.</source>
        <translation>สแกนพัสดุที่รอครบแล้ว PHOTO: ถ่ายรูปพัสดุที่ส่งมอบ</translation>
    </message>
    <message>
        <source>{count} parcel(s) stay behind. PHOTO: the parcels.</source>
        <translation>พัสดุ {count} กล่องยังอยู่ที่คลัง PHOTO: ถ่ายรูปพัสดุ</translation>
    </message>
    <message>
        <source>New handover: choose the carrier.</source>
        <translation>การส่งมอบใหม่: เลือกขนส่ง</translation>
    </message>
    <message>
        <source>Choose the carrier first.</source>
        <translation>เลือกขนส่งก่อน</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>เลือกขนส่ง</translation>
    </message>
    <message>
        <source>Back to scanning.</source>
        <translation>กลับไปสแกน</translation>
    </message>
    <message>
        <source>Press F12 to go back to packing.</source>
        <translation>กด F12 เพื่อกลับไปแพ็กของ</translation>
    </message>
    <message>
        <source>Photos are taken when closing: press OK when every parcel is scanned.</source>
        <translation>ถ่ายรูปตอนปิดการส่งมอบ: กด OK เมื่อสแกนพัสดุครบ</translation>
    </message>
    <message>
        <source>No camera at this station: the handover photos cannot be taken.</source>
        <translation>สถานีนี้ไม่มีกล้อง: ถ่ายรูปการส่งมอบไม่ได้</translation>
    </message>
    <message>
        <source>The camera gave no picture ({fault}); check it and press PHOTO again.</source>
        <translation>กล้องไม่ส่งภาพ ({fault}): ตรวจกล้องแล้วกด PHOTO อีกครั้ง</translation>
    </message>
    <message>
        <source>Photo of the {kind} taken.</source>
        <translation>ถ่ายรูป{kind}แล้ว</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name.</source>
        <translation>พนักงานขนส่งต้องเซ็นชื่อ หรือพิมพ์ชื่อ</translation>
    </message>
    <message>
        <source>Acknowledged by {who}. OK to close the handover.</source>
        <translation>{who} รับทราบแล้ว กด OK เพื่อปิดการส่งมอบ</translation>
    </message>
    <message>
        <source>Confirm the parcels left behind first (OK).</source>
        <translation>ยืนยันพัสดุที่เหลืออยู่ก่อน (OK)</translation>
    </message>
    <message>
        <source>Summary not printed: {fault}</source>
        <translation>ไม่ได้พิมพ์สรุป: {fault}</translation>
    </message>
    <message>
        <source>Manifest {id} closed: {parcels} parcel(s), {orders} order(s) Shipped.</source>
        <translation>ปิดใบส่งมอบ {id} แล้ว: พัสดุ {parcels} กล่อง ออเดอร์ {orders} รายการ ส่งแล้ว</translation>
    </message>
    <message>
        <source>Handover {id} resumed.</source>
        <translation>ทำการส่งมอบ {id} ต่อ</translation>
    </message>
    <message>
        <source>Handover {id} is {state} ({count} parcels); choose the carrier for a new one.</source>
        <translation>การส่งมอบ {id} อยู่ในสถานะ {state} ({count} กล่อง): เลือกขนส่งเพื่อเริ่มใหม่</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>ไม่มีที่รออยู่</translation>
    </message>
    <message>
        <source>No carrier in {code}: choose one ({known}).</source>
        <translation>ไม่พบขนส่งใน {code}: เลือกจากรายการ ({known})</translation>
    </message>
    <message>
        <source>Log in first: dispatch needs a packer or a supervisor.</source>
        <translation>เข้าสู่ระบบก่อน: การส่งมอบต้องเป็นพนักงานแพ็กหรือหัวหน้างาน</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>พนักงานขนส่ง</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>ใบรับ</translation>
    </message>
    <message>
        <source>{count} parcel(s) waiting</source>
        <translation>พัสดุรอ {count} กล่อง</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>ครบกำหนดวันนี้ {count}</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>เลยกำหนด {count}</translation>
    </message>
    <message>
        <source>open handover {id}</source>
        <translation>การส่งมอบที่เปิดอยู่ {id}</translation>
    </message>
    <message>
        <source>Choose the carrier, or scan the courier&apos;s manifest barcode</source>
        <translation>เลือกขนส่ง หรือสแกนบาร์โค้ดใบงานของพนักงานขนส่ง</translation>
    </message>
    <message>
        <source>Type or scan the {carrier} courier&apos;s name (and the vehicle plate), then OK</source>
        <translation>พิมพ์หรือสแกนชื่อพนักงานขนส่ง {carrier} (และทะเบียนรถ) แล้วกด OK</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s label · {count} · OK when every parcel is scanned</source>
        <translation>สแกนฉลากพัสดุทีละกล่อง · {count} · กด OK เมื่อสแกนครบ</translation>
    </message>
    <message>
        <source>{count} parcel(s) left behind: scan them, or OK to leave them</source>
        <translation>พัสดุเหลือ {count} กล่อง: สแกนเลย หรือกด OK เพื่อเก็บไว้ก่อน</translation>
    </message>
    <message>
        <source>At the drop-off point? PHOTO: the carrier&apos;s receipt, then OK</source>
        <translation>ถึงจุดส่งแล้ว? PHOTO: ถ่ายใบรับของขนส่ง แล้วกด OK</translation>
    </message>
    <message>
        <source>OK to close the drop-off: the orders become Shipped</source>
        <translation>กด OK เพื่อปิดการส่งที่จุดรับ: ออเดอร์จะเป็น ส่งแล้ว</translation>
    </message>
    <message>
        <source>PHOTO: the parcels handed over</source>
        <translation>PHOTO: ถ่ายรูปพัสดุที่ส่งมอบ</translation>
    </message>
    <message>
        <source>The courier signs on the pad, or types their name</source>
        <translation>พนักงานขนส่งเซ็นบนแผ่นเซ็น หรือพิมพ์ชื่อ</translation>
    </message>
    <message>
        <source>OK to close the handover: the orders become Shipped</source>
        <translation>กด OK เพื่อปิดการส่งมอบ: ออเดอร์จะเป็น ส่งแล้ว</translation>
    </message>
    <message>
        <source>Manifest {id} closed · OK for a new handover, F12 to leave dispatch</source>
        <translation>ปิดใบส่งมอบ {id} แล้ว · กด OK เพื่อส่งมอบใหม่ F12 เพื่อออกจากโหมดส่งมอบ</translation>
    </message>
    <message>
        <source>Summary not printed: the label printer is a desktop printer (the manifest PDF has it all).</source>
        <translation>ไม่ได้พิมพ์สรุป: เครื่องพิมพ์ฉลากเป็นเครื่องพิมพ์เอกสาร (มีครบในไฟล์ PDF ใบส่งมอบ)</translation>
    </message>
    <message>
        <source>Summary printed on the label printer.</source>
        <translation>พิมพ์สรุปที่เครื่องพิมพ์ฉลากแล้ว</translation>
    </message>
    <message>
        <source>Summary not printed: {reason}</source>
        <translation>ไม่ได้พิมพ์สรุป: {reason}</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>{count} parcel(s) staged</source>
        <translation>พัสดุรอส่ง {count} กล่อง</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>เลยกำหนด {count}</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>ครบกำหนดวันนี้ {count}</translation>
    </message>
    <message>
        <source>{count} handed over today</source>
        <translation>ส่งมอบวันนี้ {count}</translation>
    </message>
    <message>
        <source>open: {handovers}</source>
        <translation>เปิดอยู่: {handovers}</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Staged parcels</source>
        <translation>พัสดุรอส่ง</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>ครบกำหนดวันนี้</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>Handed over today</source>
        <translation>ส่งมอบวันนี้</translation>
    </message>
    <message>
        <source>Open handovers</source>
        <translation>การส่งมอบที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>โต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>รับภายใน</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>ส่งออกภายใน</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>เวลาที่เหลือ</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} ชม. {minutes} นาที</translation>
    </message>
    <message>
        <source>LATE {time}</source>
        <translation>เลยกำหนด {time}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>เปิดออเดอร์</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Staged orders, most urgent collection first</source>
        <translation>ออเดอร์รอส่ง เรียงจากที่ต้องรับด่วนที่สุด</translation>
    </message>
    <message>
        <source>Reading the dispatch board…</source>
        <translation>กำลังอ่านกระดานการส่ง…</translation>
    </message>
    <message>
        <source>The dispatch board could not be read (the log has the details).</source>
        <translation>อ่านกระดานการส่งไม่ได้ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message numerus="yes">
        <source>%n staged order(s)</source>
        <translation>
            <numerusform>ออเดอร์รอส่ง %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} late · as of {time}</source>
        <translation>เลยกำหนด {late} · ณ เวลา {time}</translation>
    </message>
    <message>
        <source>Select a staged order first.</source>
        <translation>เลือกออเดอร์ที่รอส่งก่อน</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>parcels</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>พนักงานขนส่ง</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>ใบรับ</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>ส่งมอบ</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>ชื่อพนักงานขนส่ง</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>ทะเบียนรถ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>Open handover</source>
        <translation>เปิดการส่งมอบ</translation>
    </message>
    <message>
        <source>Drop-off: we take them to the carrier</source>
        <translation>ส่งเอง: เรานำไปส่งที่ขนส่ง</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>พนักงานขนส่ง</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>…or the courier types their name</source>
        <translation>…หรือให้พนักงานขนส่งพิมพ์ชื่อ</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>ล้างลายเซ็น</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>ปิดการส่งมอบ</translation>
    </message>
    <message>
        <source>The courier signs:</source>
        <translation>พนักงานขนส่งเซ็นชื่อ:</translation>
    </message>
    <message>
        <source> · courier {name}</source>
        <translation> · พนักงานขนส่ง {name}</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>เลือกขนส่ง</translation>
    </message>
    <message>
        <source>Dispatch · {carrier}</source>
        <translation>ส่งมอบ · {carrier}</translation>
    </message>
    <message>
        <source>✔ Manifest {manifest}: {parcels}, {orders} Shipped.</source>
        <translation>✔ ใบส่งมอบ {manifest}: {parcels}, {orders} ส่งแล้ว</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>พัสดุ %n กล่อง</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>ออเดอร์ %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcels are staged: scan the courier&apos;s manifest barcode or type the carrier</source>
        <translation>ไม่มีพัสดุรอส่ง: สแกนบาร์โค้ดใบงานของพนักงานขนส่ง หรือพิมพ์ชื่อขนส่ง</translation>
    </message>
    <message>
        <source>order {order} · parcel {number}</source>
        <translation>ออเดอร์ {order} · พัสดุที่ {number}</translation>
    </message>
    <message>
        <source>order {order}: still {parcels}</source>
        <translation>ออเดอร์ {order}: ยังเหลือ {parcels}</translation>
    </message>
    <message>
        <source>Not complete: {rest}</source>
        <translation>ยังไม่ครบ: {rest}</translation>
    </message>
    <message>
        <source>confirmed: they stay</source>
        <translation>ยืนยันแล้ว: เก็บไว้ที่คลัง</translation>
    </message>
    <message>
        <source>scan them, or OK to leave them</source>
        <translation>สแกนเลย หรือกด OK เพื่อเก็บไว้ก่อน</translation>
    </message>
    <message>
        <source>Left behind for {carrier} ({count}): {state}</source>
        <translation>เหลือของ {carrier} ({count}): {state}</translation>
    </message>
    <message>
        <source>Nothing left behind for this carrier.</source>
        <translation>ไม่มีพัสดุเหลือของขนส่งนี้</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>ออเดอร์ {order}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <source>Drop-off photos: {taken} (PHOTO: the carrier&apos;s drop-off receipt)</source>
        <translation>รูปการส่งเอง: {taken} (PHOTO: ใบรับจากขนส่ง)</translation>
    </message>
    <message>
        <source>Take photo of the receipt</source>
        <translation>ถ่ายรูปใบรับ</translation>
    </message>
    <message>
        <source>Handover photos: {taken} (PHOTO: the parcels, then the courier with them)</source>
        <translation>รูปการส่งมอบ: {taken} (PHOTO: พัสดุ แล้วพนักงานขนส่งกับพัสดุ)</translation>
    </message>
    <message>
        <source>Take photo of the courier</source>
        <translation>ถ่ายรูปพนักงานขนส่ง</translation>
    </message>
    <message>
        <source>Take photo of the parcels</source>
        <translation>ถ่ายรูปพัสดุ</translation>
    </message>
    <message>
        <source>Close handover (acknowledged: {who})</source>
        <translation>ปิดการส่งมอบ (รับทราบโดย: {who})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Handover photo</source>
        <translation>รูปการส่งมอบ</translation>
    </message>
    <message>
        <source>Take last parcel out</source>
        <translation>เอาพัสดุล่าสุดออก</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>กลับ</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>✔ Order done</source>
        <translation>✔ ออเดอร์เสร็จแล้ว</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>ออเดอร์ถัดไป</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>กลับไปที่คิว</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>UnitScanned</source>
        <translation>สแกนสินค้า</translation>
    </message>
    <message>
        <source>ScanRejected</source>
        <translation>สแกนไม่ผ่าน</translation>
    </message>
    <message>
        <source>ScanUndone</source>
        <translation>ยกเลิกการสแกน</translation>
    </message>
    <message>
        <source>OrderPicked</source>
        <translation>หยิบครบแล้ว</translation>
    </message>
    <message>
        <source>ParcelWeighed</source>
        <translation>ชั่งพัสดุ</translation>
    </message>
    <message>
        <source>WeightOverridden</source>
        <translation>ยอมรับน้ำหนัก</translation>
    </message>
    <message>
        <source>OrderPacked</source>
        <translation>แพ็กเสร็จ</translation>
    </message>
    <message>
        <source>LabelPrinted</source>
        <translation>พิมพ์ฉลากแล้ว</translation>
    </message>
    <message>
        <source>LabelReprinted</source>
        <translation>พิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>LabelVoided</source>
        <translation>ยกเลิกฉลาก</translation>
    </message>
    <message>
        <source>OrderLabelled</source>
        <translation>ติดฉลากแล้ว</translation>
    </message>
    <message>
        <source>PhotoTaken</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>PhotosWaived</source>
        <translation>ยกเว้นรูป</translation>
    </message>
    <message>
        <source>OrderPhotographed</source>
        <translation>ถ่ายรูปครบแล้ว</translation>
    </message>
    <message>
        <source>OrderStaged</source>
        <translation>รอส่ง</translation>
    </message>
    <message>
        <source>LabelStepReopened</source>
        <translation>เปิดขั้นฉลากใหม่</translation>
    </message>
    <message>
        <source>CarrierStatusChanged</source>
        <translation>สถานะขนส่งเปลี่ยน</translation>
    </message>
    <message>
        <source>DeliveryStatusSet</source>
        <translation>ตั้งสถานะการจัดส่ง</translation>
    </message>
    <message>
        <source>DeliveryProofKept</source>
        <translation>เก็บหลักฐานการจัดส่ง</translation>
    </message>
    <message>
        <source>OrderShipped</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>HandoverOpened</source>
        <translation>เปิดการส่งมอบ</translation>
    </message>
    <message>
        <source>ParcelScannedOut</source>
        <translation>สแกนพัสดุออก</translation>
    </message>
    <message>
        <source>HandoverScanRefused</source>
        <translation>สแกนส่งมอบไม่ผ่าน</translation>
    </message>
    <message>
        <source>PartialHandoverAllowed</source>
        <translation>อนุญาตส่งมอบบางส่วน</translation>
    </message>
    <message>
        <source>HandoverClosed</source>
        <translation>ปิดการส่งมอบ</translation>
    </message>
    <message>
        <source>HandoverAbandoned</source>
        <translation>ยกเลิกการส่งมอบ</translation>
    </message>
    <message>
        <source>ShipmentReported</source>
        <translation>แจ้งการส่งแล้ว</translation>
    </message>
    <message>
        <source>ShipmentRefused</source>
        <translation>แจ้งการส่งไม่ผ่าน</translation>
    </message>
    <message>
        <source>CancellationReported</source>
        <translation>แจ้งการยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>CancellationRefused</source>
        <translation>แจ้งการยกเลิกไม่ผ่าน</translation>
    </message>
    <message>
        <source>OrderImported</source>
        <translation>นำเข้าออเดอร์</translation>
    </message>
    <message>
        <source>OrderUpdated</source>
        <translation>อัปเดตออเดอร์</translation>
    </message>
    <message>
        <source>OrderCancelled</source>
        <translation>ยกเลิกออเดอร์</translation>
    </message>
    <message>
        <source>OrderConfirmed</source>
        <translation>ยืนยันออเดอร์</translation>
    </message>
    <message>
        <source>OrderRequeued</source>
        <translation>นำออเดอร์กลับเข้าคิว</translation>
    </message>
    <message>
        <source>OrderHeld</source>
        <translation>พักออเดอร์</translation>
    </message>
    <message>
        <source>OrderReleased</source>
        <translation>ปลดพักออเดอร์</translation>
    </message>
    <message>
        <source>DisputeFlagged</source>
        <translation>ติดธงข้อพิพาท</translation>
    </message>
    <message>
        <source>FlagCleared</source>
        <translation>ปลดธง</translation>
    </message>
    <message>
        <source>AlertRaised</source>
        <translation>แจ้งเตือน</translation>
    </message>
    <message>
        <source>ReturnAnnounced</source>
        <translation>แจ้งคืนสินค้า</translation>
    </message>
    <message>
        <source>ReturnOpened</source>
        <translation>เปิดการคืนสินค้า</translation>
    </message>
    <message>
        <source>ReturnRefusedScan</source>
        <translation>สแกนคืนสินค้าไม่ผ่าน</translation>
    </message>
    <message>
        <source>ReturnWeighed</source>
        <translation>ชั่งของคืน</translation>
    </message>
    <message>
        <source>ReturnPhotoTaken</source>
        <translation>ถ่ายรูปของคืน</translation>
    </message>
    <message>
        <source>ReturnUnitChecked</source>
        <translation>ตรวจสินค้าคืน</translation>
    </message>
    <message>
        <source>ReturnReceived</source>
        <translation>รับของคืนแล้ว</translation>
    </message>
    <message>
        <source>ReturnUnitGraded</source>
        <translation>ประเมินสภาพสินค้าคืน</translation>
    </message>
    <message>
        <source>ReturnUnitDecided</source>
        <translation>ตัดสินสินค้าคืน</translation>
    </message>
    <message>
        <source>StockDecided</source>
        <translation>ตัดสินเรื่องสต็อก</translation>
    </message>
    <message>
        <source>VideoRecorded</source>
        <translation>บันทึกวิดีโอ</translation>
    </message>
    <message>
        <source>VideoIncomplete</source>
        <translation>วิดีโอไม่ครบ</translation>
    </message>
    <message>
        <source>VideoPurged</source>
        <translation>ลบวิดีโอ</translation>
    </message>
    <message>
        <source>VideoShortfallAccepted</source>
        <translation>ยอมรับวิดีโอที่ขาด</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence pack, order {order}: page {page}/{pages}</source>
        <translation>ชุดหลักฐาน ออเดอร์ {order}: หน้า {page}/{pages}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>ไม่มีบันทึก</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>image cannot be shown: {error}</source>
        <translation>แสดงรูปไม่ได้: {error}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>Photo {n}: {kind} (parcel {parcel}), {state}</source>
        <translation>รูปที่ {n}: {kind} (พัสดุ {parcel}), {state}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>ถ่ายเมื่อ</translation>
    </message>
    <message>
        <source>Station / chain</source>
        <translation>โต๊ะแพ็ก / ลำดับ</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>คนแพ็ก</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>Label visible</source>
        <translation>เห็นฉลาก</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>แฮชของบันทึก</translation>
    </message>
    <message>
        <source>Accepted without label</source>
        <translation>ยอมรับโดยไม่เห็นฉลาก</translation>
    </message>
    <message>
        <source>Unstamped original SHA-256</source>
        <translation>SHA-256 ของต้นฉบับที่ยังไม่ประทับ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>The order record is no longer in the store; its photos follow.</source>
        <translation>ไม่มีบันทึกออเดอร์ในระบบแล้ว รูปของออเดอร์อยู่ด้านล่าง</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>รหัสออเดอร์</translation>
    </message>
    <message>
        <source>Channel / status</source>
        <translation>ช่องทาง / สถานะ</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <source>Paid / ship by</source>
        <translation>ชำระเงิน / ส่งภายใน</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>แพ็กที่</translation>
    </message>
    <message>
        <source>station {station}, packer {packer}</source>
        <translation>โต๊ะแพ็ก {station}, คนแพ็ก {packer}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>ผู้เกี่ยวข้อง</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>ธง</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>ข้อความผู้ซื้อ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>โทรศัพท์</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>ประเทศ</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>หยิบแล้ว</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>โต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>การสแกน</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>ที่สแกน</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Parcels and weights</source>
        <translation>พัสดุและน้ำหนัก</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>กล่อง</translation>
    </message>
    <message>
        <source>Expected g</source>
        <translation>ที่ควรได้ (ก.)</translation>
    </message>
    <message>
        <source>Weighed g</source>
        <translation>ชั่งได้ (ก.)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>ยอมรับน้ำหนัก</translation>
    </message>
    <message>
        <source>no PNG preview of this label</source>
        <translation>ไม่มีภาพตัวอย่าง PNG ของฉลากนี้</translation>
    </message>
    <message>
        <source>Label, parcel {number} ({tracking})</source>
        <translation>ฉลาก พัสดุที่ {number} ({tracking})</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>ใบส่งมอบ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>พนักงานขนส่ง</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>ทะเบียนรถ</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>ผู้ส่งมอบ</translation>
    </message>
    <message>
        <source>Parcels in manifest</source>
        <translation>พัสดุในใบส่งมอบ</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>รับทราบโดย</translation>
    </message>
    <message>
        <source>Manifest PDF SHA-256</source>
        <translation>SHA-256 ของ PDF ใบส่งมอบ</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 ของเนื้อหา</translation>
    </message>
    <message>
        <source>The manifest PDF is in this pack (handover/); the handover photos are among the photos above.</source>
        <translation>PDF ใบส่งมอบอยู่ในชุดนี้ (handover/) รูปการส่งมอบอยู่ในรูปด้านบน</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>การตรวจสอบ</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>รูป</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>โต๊ะแพ็ก #</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Proof photos</source>
        <translation>รูปหลักฐาน</translation>
    </message>
    <message>
        <source>Evidence pack: order {order}</source>
        <translation>ชุดหลักฐาน: ออเดอร์ {order}</translation>
    </message>
    <message>
        <source>all photos verified</source>
        <translation>ตรวจสอบรูปครบทุกรูปแล้ว</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED</source>
        <translation>การตรวจสอบไม่ผ่าน</translation>
    </message>
    <message>
        <source>Generated {time} UTC. {photos} proof photo(s), {verdict}.</source>
        <translation>สร้างเมื่อ {time} UTC รูปหลักฐาน {photos} รูป, {verdict}</translation>
    </message>
    <message>
        <source>No proof photos were taken.</source>
        <translation>ไม่ได้ถ่ายรูปหลักฐาน</translation>
    </message>
    <message>
        <source>Handover to the carrier</source>
        <translation>การส่งมอบให้ขนส่ง</translation>
    </message>
    <message>
        <source>OK: {photos} photo records and {files} files verified</source>
        <translation>ผ่าน: ตรวจสอบบันทึกรูป {photos} รายการและไฟล์ {files} ไฟล์แล้ว</translation>
    </message>
    <message>
        <source>FAILED: {bad} of {photos} photos have problems ({findings} findings)</source>
        <translation>ไม่ผ่าน: รูป {bad} จาก {photos} รูปมีปัญหา (พบ {findings} รายการ)</translation>
    </message>
    <message>
        <source>record #{seq} was edited after it was written</source>
        <translation>บันทึก #{seq} ถูกแก้ไขหลังจากเขียนแล้ว</translation>
    </message>
    <message>
        <source>record {records} before #{seq} was removed</source>
        <translation>บันทึก {records} ก่อน #{seq} ถูกลบ</translation>
    </message>
    <message>
        <source>record #{seq} was written as the first of the chain: records reordered</source>
        <translation>บันทึก #{seq} ถูกเขียนเป็นรายการแรกของห่วงโซ่: ลำดับบันทึกถูกสลับ</translation>
    </message>
    <message>
        <source>record #{seq} was written after #{other} ({id}): records reordered</source>
        <translation>บันทึก #{seq} ถูกเขียนต่อจาก #{other} ({id}): ลำดับบันทึกถูกสลับ</translation>
    </message>
    <message>
        <source>record #{seq} does not link to the start of the chain</source>
        <translation>บันทึก #{seq} ไม่เชื่อมกับจุดเริ่มต้นของห่วงโซ่</translation>
    </message>
    <message>
        <source>record #{seq} does not link to record #{other}</source>
        <translation>บันทึก #{seq} ไม่เชื่อมกับบันทึก #{other}</translation>
    </message>
    <message>
        <source>record #{seq} was rewritten: #{other} recorded a different hash for it</source>
        <translation>บันทึก #{seq} ถูกเขียนใหม่: #{other} บันทึกแฮชของมันไว้ต่างกัน</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>รูป</translation>
    </message>
    <message>
        <source>unstamped original</source>
        <translation>ต้นฉบับที่ไม่มีตราประทับ</translation>
    </message>
    <message>
        <source>{what} key {key} is not valid</source>
        <translation>คีย์{what} {key} ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>{what} file {key} is missing</source>
        <translation>ไม่พบไฟล์{what} {key}</translation>
    </message>
    <message>
        <source>{what} file changed: SHA-256 {actual}…, recorded {recorded}…</source>
        <translation>ไฟล์{what}ถูกเปลี่ยน: SHA-256 {actual}… ที่บันทึกไว้ {recorded}…</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>เกิดอะไรขึ้น</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>ตั้งแต่</translation>
    </message>
    <message>
        <source>Claim windows</source>
        <translation>ระยะเวลายื่นเคลม</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>เปิดออเดอร์</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>ส่งออกชุดหลักฐาน</translation>
    </message>
    <message>
        <source>Checking shipments…</source>
        <translation>กำลังตรวจการจัดส่ง…</translation>
    </message>
    <message>
        <source>The exceptions board could not be read (the log has the details).</source>
        <translation>อ่านกระดานปัญหาการจัดส่งไม่ได้ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>On-time deliveries per week (%)</source>
        <translation>ส่งถึงตรงเวลาต่อสัปดาห์ (%)</translation>
    </message>
    <message>
        <source>Exceptions per week</source>
        <translation>ปัญหาต่อสัปดาห์</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) in exception or at risk</source>
        <translation>
            <numerusform>มีการจัดส่ง %n รายการที่มีปัญหาหรือเสี่ยง</numerusform>
        </translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>เสี่ยง</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>เลือกออเดอร์ก่อน</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>เลือกออเดอร์ที่จะส่งออกก่อน</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ออเดอร์</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <source>e.g. admin</source>
        <translation>เช่น admin</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>ชื่อ-นามสกุล</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>ตัวเลข 4 ถึง 12 หลัก</translation>
    </message>
    <message>
        <source>optional: scan a badge into this field</source>
        <translation>ไม่บังคับ: สแกนบัตรลงช่องนี้</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>สร้างผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>รหัสผู้ใช้</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>New station: create the first admin</source>
        <translation>โต๊ะแพ็กใหม่: สร้างผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <source>The admin adds packers and supervisors afterwards.</source>
        <translation>ผู้ดูแลระบบจะเพิ่มพนักงานแพ็กและหัวหน้างานภายหลัง</translation>
    </message>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>กรอกรหัสผู้ใช้ ชื่อ และ PIN แล้วกด สร้างผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag order {order}</source>
        <translation>แจ้งข้อโต้แย้งออเดอร์ {order}</translation>
    </message>
    <message>
        <source>What is disputed about order &lt;b&gt;{order}&lt;/b&gt;? (buyer claim, carrier denial, ...)</source>
        <translation>ออเดอร์ &lt;b&gt;{order}&lt;/b&gt; มีข้อโต้แย้งเรื่องอะไร? (ผู้ซื้อเคลม ขนส่งปฏิเสธ ...)</translation>
    </message>
    <message>
        <source>e.g. Buyer says the parcel arrived empty; claim #12345</source>
        <translation>เช่น ผู้ซื้อบอกว่าได้กล่องเปล่า เคลม #12345</translation>
    </message>
    <message>
        <source>Flag dispute</source>
        <translation>แจ้งข้อโต้แย้ง</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>That did not work; the order stays where it was. Try again, or call a supervisor.</source>
        <translation>ทำไม่สำเร็จ ออเดอร์ยังอยู่ที่เดิม ลองอีกครั้ง หรือเรียกหัวหน้างาน</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>อ่านคิวไม่ได้</translation>
    </message>
    <message>
        <source>The held orders could not be read</source>
        <translation>อ่านออเดอร์ที่พักไว้ไม่ได้</translation>
    </message>
    <message>
        <source>{trouble}. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{trouble} ลองอีกครั้ง ถ้ายังไม่ได้ให้เรียกหัวหน้างาน</translation>
    </message>
    <message>
        <source>The supervisor check failed</source>
        <translation>ตรวจสิทธิ์หัวหน้างานไม่สำเร็จ</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} of {expected} for {carrier} today</source>
        <translation>{count} จาก {expected} ของ {carrier} วันนี้</translation>
    </message>
    <message>
        <source> in manifest {id}</source>
        <translation> ในใบส่งมอบ {id}</translation>
    </message>
    <message>
        <source>Already handed over{where}: order {order} shipped. Put this parcel aside and tell a supervisor.</source>
        <translation>ส่งมอบไปแล้ว{where}: ออเดอร์ {order} ส่งแล้ว วางพัสดุนี้แยกไว้และแจ้งหัวหน้างาน</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not hand it over: take the parcel back, unpack it and return the items to stock.</source>
        <translation>หยุด: ออเดอร์ {order} ถูกยกเลิก ห้ามส่งมอบ: นำพัสดุกลับ แกะออก และคืนสินค้าเข้าสต็อก</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ไม่ระบุเหตุผล</translation>
    </message>
    <message>
        <source>Order {order} is on hold ({reason}). Keep the parcel back; a supervisor must release it.</source>
        <translation>ออเดอร์ {order} ถูกพัก ({reason}) เก็บพัสดุไว้ก่อน หัวหน้างานต้องปลดพัก</translation>
    </message>
    <message>
        <source>This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench and print its new label.</source>
        <translation>ฉลากนี้ ({tracking}) ถูกยกเลิก ห้ามส่งมอบ: นำพัสดุกลับไปโต๊ะแพ็กแล้วพิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>Parcel {number} of order {order} has no label. Take it back to a bench to print one.</source>
        <translation>พัสดุที่ {number} ของออเดอร์ {order} ไม่มีฉลาก นำกลับไปโต๊ะแพ็กเพื่อพิมพ์ฉลาก</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos. Take it back to a bench to photograph it (or a supervisor waives them).</source>
        <translation>ออเดอร์ {order} ไม่มีรูปหลักฐาน นำกลับไปโต๊ะแพ็กเพื่อถ่ายรูป (หรือให้หัวหน้างานยกเว้น)</translation>
    </message>
    <message>
        <source>WRONG CARRIER: this parcel goes with {right}, not {carrier}. Do not give it to this courier; put it back with {back}.</source>
        <translation>ผิดขนส่ง: พัสดุนี้ไปกับ {right} ไม่ใช่ {carrier} ห้ามให้พนักงานขนส่งคนนี้ นำกลับไปไว้กับ {back}</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>ไม่มีขนส่ง</translation>
    </message>
    <message>
        <source>the unassigned parcels</source>
        <translation>พัสดุที่ยังไม่ระบุขนส่ง</translation>
    </message>
    <message>
        <source>Parcel already scanned into handover {id}, still open. Close or cancel that handover first.</source>
        <translation>พัสดุถูกสแกนเข้าการส่งมอบ {id} ที่ยังเปิดอยู่แล้ว ปิดหรือยกเลิกการส่งมอบนั้นก่อน</translation>
    </message>
    <message>
        <source>Order {order} is on hold. Keep the parcel back; a supervisor must release it.</source>
        <translation>ออเดอร์ {order} ถูกพัก เก็บพัสดุไว้ก่อน หัวหน้างานต้องปลดพัก</translation>
    </message>
    <message>
        <source>Already handed over: order {order} is {status}. Put this parcel aside and tell a supervisor.</source>
        <translation>ส่งมอบไปแล้ว: ออเดอร์ {order} อยู่ในสถานะ {status} วางพัสดุนี้แยกไว้และแจ้งหัวหน้างาน</translation>
    </message>
    <message>
        <source>Order {order} is {status}: its label was never printed. Take it back to a bench to finish it.</source>
        <translation>ออเดอร์ {order} อยู่ในสถานะ {status}: ยังไม่เคยพิมพ์ฉลาก นำกลับไปโต๊ะแพ็กให้เสร็จ</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos yet. Take it back to a bench to photograph it.</source>
        <translation>ออเดอร์ {order} ยังไม่มีรูปหลักฐาน นำกลับไปโต๊ะแพ็กเพื่อถ่ายรูป</translation>
    </message>
    <message>
        <source>Order {order} is {status}, not staged for pickup. Finish it at the bench first.</source>
        <translation>ออเดอร์ {order} อยู่ในสถานะ {status} ยังไม่พร้อมส่ง ทำให้เสร็จที่โต๊ะแพ็กก่อน</translation>
    </message>
    <message>
        <source>Nothing was read: scan the parcel&apos;s label again.</source>
        <translation>อ่านไม่ได้: สแกนฉลากพัสดุอีกครั้ง</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no staged order has this label. Put it aside for a supervisor (or sync, if it was packed at another station).</source>
        <translation>ไม่รู้จักพัสดุ {code}: ไม่มีออเดอร์รอส่งที่ใช้ฉลากนี้ วางแยกไว้ให้หัวหน้างาน (หรือซิงก์ ถ้าแพ็กที่สถานีอื่น)</translation>
    </message>
    <message>
        <source>A handover is a pickup or a dropoff, not {kind}.</source>
        <translation>การส่งมอบต้องเป็นการมารับหรือการนำไปส่ง ไม่ใช่ {kind}</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>เลือกขนส่งก่อน (หรือสแกนบาร์โค้ดใบงานของพนักงานขนส่ง)</translation>
    </message>
    <message>
        <source>Type or scan the courier&apos;s name.</source>
        <translation>พิมพ์หรือสแกนชื่อพนักงานขนส่ง</translation>
    </message>
    <message>
        <source>No handover {id}.</source>
        <translation>ไม่มีการส่งมอบ {id}</translation>
    </message>
    <message>
        <source>Handover {id} is {state}; open a new one for more parcels.</source>
        <translation>การส่งมอบ {id} อยู่ในสถานะ {state}: เปิดการส่งมอบใหม่สำหรับพัสดุเพิ่ม</translation>
    </message>
    <message>
        <source>Already in this handover: order {order} parcel {number}.</source>
        <translation>อยู่ในการส่งมอบนี้แล้ว: ออเดอร์ {order} พัสดุที่ {number}</translation>
    </message>
    <message>
        <source>Parcel {number} of {total} of order {order} added. Still to scan for this order: {rest}.</source>
        <translation>เพิ่มพัสดุที่ {number} จาก {total} ของออเดอร์ {order} แล้ว ยังต้องสแกนของออเดอร์นี้: {rest}</translation>
    </message>
    <message>
        <source>Order {order}: all {total} parcels added. {count}.</source>
        <translation>ออเดอร์ {order}: เพิ่มพัสดุครบ {total} กล่องแล้ว {count}</translation>
    </message>
    <message>
        <source>Order {order}: parcel added. {count}.</source>
        <translation>ออเดอร์ {order}: เพิ่มพัสดุแล้ว {count}</translation>
    </message>
    <message>
        <source>{tracking} is not in handover {id}.</source>
        <translation>{tracking} ไม่ได้อยู่ในการส่งมอบ {id}</translation>
    </message>
    <message>
        <source>Handing over part of an order</source>
        <translation>การส่งมอบออเดอร์เพียงบางส่วน</translation>
    </message>
    <message>
        <source>Say why only part of the order goes.</source>
        <translation>บอกเหตุผลที่ส่งออเดอร์ไปเพียงบางส่วน</translation>
    </message>
    <message>
        <source>No parcel of order {order} is in this handover.</source>
        <translation>ไม่มีพัสดุของออเดอร์ {order} ในการส่งมอบนี้</translation>
    </message>
    <message>
        <source>Cancelling a handover</source>
        <translation>การยกเลิกการส่งมอบ</translation>
    </message>
    <message>
        <source>Say why the handover is cancelled.</source>
        <translation>บอกเหตุผลที่ยกเลิกการส่งมอบ</translation>
    </message>
    <message>
        <source>Handover {id} was cancelled; open a new one.</source>
        <translation>การส่งมอบ {id} ถูกยกเลิกแล้ว: เปิดการส่งมอบใหม่</translation>
    </message>
    <message>
        <source>Nothing was scanned into handover {id}: scan the parcels first.</source>
        <translation>ยังไม่มีพัสดุถูกสแกนเข้าการส่งมอบ {id}: สแกนพัสดุก่อน</translation>
    </message>
    <message>
        <source>order {order}: {rest}</source>
        <translation>ออเดอร์ {order}: {rest}</translation>
    </message>
    <message>
        <source>Some orders are not complete; scan their other parcels (or a supervisor allows a partial handover): {orders}.</source>
        <translation>บางออเดอร์ยังไม่ครบ: สแกนพัสดุที่เหลือ (หรือให้หัวหน้างานอนุญาตส่งมอบบางส่วน): {orders}</translation>
    </message>
    <message>
        <source>{tracking} (order {order})</source>
        <translation>{tracking} (ออเดอร์ {order})</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} และอีก {count} กล่อง</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} were not scanned: {names}. Scan them, or confirm they stay behind.</source>
        <translation>พัสดุของ {carrier} {count} กล่องยังไม่ได้สแกน: {names} สแกนเลย หรือยืนยันว่าเก็บไว้ก่อน</translation>
    </message>
    <message>
        <source>Take a photo of the drop-off receipt to close this drop-off.</source>
        <translation>ถ่ายรูปใบรับจากจุดส่งเพื่อปิดการส่งเองนี้</translation>
    </message>
    <message>
        <source>Take the handover photos: the parcels handed over, and the courier with them.</source>
        <translation>ถ่ายรูปการส่งมอบ: พัสดุที่ส่งมอบ และพนักงานขนส่งกับพัสดุ</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name, to acknowledge the parcels.</source>
        <translation>พนักงานขนส่งต้องเซ็นชื่อ หรือพิมพ์ชื่อ เพื่อรับทราบพัสดุ</translation>
    </message>
    <message>
        <source>STOP: order(s) {orders} were cancelled centrally. Take their parcels back (remove them from the handover) before closing.</source>
        <translation>หยุด: ออเดอร์ {orders} ถูกยกเลิกจากส่วนกลาง นำพัสดุเหล่านั้นกลับ (เอาออกจากการส่งมอบ) ก่อนปิด</translation>
    </message>
    <message>
        <source>The handover changed while it was closing; close it again.</source>
        <translation>การส่งมอบเปลี่ยนระหว่างปิด: ปิดอีกครั้ง</translation>
    </message>
    <message>
        <source>The signature could not be read; ask the courier to sign again.</source>
        <translation>อ่านลายเซ็นไม่ได้: ให้พนักงานขนส่งเซ็นใหม่</translation>
    </message>
    <message>
        <source>Handover {id} is still open: its manifest is written at closing.</source>
        <translation>การส่งมอบ {id} ยังเปิดอยู่: ใบส่งมอบจะออกตอนปิด</translation>
    </message>
    <message>
        <source>Handover {id} is closed; open a new one for more parcels.</source>
        <translation>การส่งมอบ {id} ปิดแล้ว: เปิดการส่งมอบใหม่สำหรับพัสดุเพิ่ม</translation>
    </message>
    <message>
        <source>Handover {id} is abandoned; open a new one for more parcels.</source>
        <translation>การส่งมอบ {id} ถูกยกเลิกแล้ว: เปิดการส่งมอบใหม่สำหรับพัสดุเพิ่ม</translation>
    </message>
</context>
<context>
    <name>HandoverKind</name>
    <message>
        <source>pickup</source>
        <translation>มารับ</translation>
    </message>
    <message>
        <source>dropoff</source>
        <translation>นำไปส่ง</translation>
    </message>
</context>
<context>
    <name>Held</name>
    <message>
        <source>picking</source>
        <translation>การหยิบ</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>การแพ็ก</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>ฉลาก</translation>
    </message>
    <message>
        <source>the photos</source>
        <translation>การถ่ายรูป</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>PIN หัวหน้างาน หรือสแกนบัตรหัวหน้างาน</translation>
    </message>
    <message>
        <source>note for the record: why</source>
        <translation>บันทึกเหตุผล: ทำไม</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>หมายเหตุ</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled</source>
        <translation>หยุด: ออเดอร์ {order} ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>Unpack it and return the items to stock.</source>
        <translation>แกะออกแล้วคืนสินค้าเข้าสต็อก</translation>
    </message>
    <message>
        <source>Order {order} is on hold</source>
        <translation>ออเดอร์ {order} ถูกพักไว้</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>พิมพ์หมายเหตุ: ทำไมจึงยอมรับ?</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>กลับไปที่คิว</translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation>ยอมรับน้ำหนัก</translation>
    </message>
    <message>
        <source>Accept short</source>
        <translation>ยอมรับของขาด</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>ปลดการพัก</translation>
    </message>
    <message>
        <source>Send back to {step}</source>
        <translation>ส่งกลับไปที่{step}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Set up this station</source>
        <translation>ตั้งค่าสถานีนี้</translation>
    </message>
    <message>
        <source>Nobody can log in yet. Type your name, a short user id (like ada) and a PIN.</source>
        <translation>ยังไม่มีใครเข้าระบบได้ พิมพ์ชื่อ รหัสผู้ใช้สั้นๆ (เช่น ada) และ PIN</translation>
    </message>
    <message>
        <source>Press Create admin. Then log in and press Ctrl+P to add packers and supervisors.</source>
        <translation>กด สร้างแอดมิน แล้วเข้าระบบ และกด Ctrl+P เพื่อเพิ่มพนักงานแพ็กและหัวหน้างาน</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>เข้าระบบ</translation>
    </message>
    <message>
        <source>Scan your badge with the scanner, or type your PIN and press Enter.</source>
        <translation>สแกนบัตรด้วยเครื่องสแกน หรือพิมพ์ PIN แล้วกด Enter</translation>
    </message>
    <message>
        <source>No badge or PIN yet? Ask a supervisor to add you (Ctrl+P).</source>
        <translation>ยังไม่มีบัตรหรือ PIN? ให้หัวหน้างานเพิ่มชื่อคุณ (Ctrl+P)</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>เลือกออเดอร์</translation>
    </message>
    <message>
        <source>Scan the barcode on the pick list, or press {key} to take the most urgent order.</source>
        <translation>สแกนบาร์โค้ดบนใบหยิบ หรือกด {key} เพื่อรับออเดอร์ที่ด่วนที่สุด</translation>
    </message>
    <message>
        <source>Red rows are late, orange rows are due soon.</source>
        <translation>แถวสีแดงคือเลยกำหนด แถวสีส้มใกล้ถึงกำหนด</translation>
    </message>
    <message>
        <source>Another packer&apos;s badge switches the station to them.</source>
        <translation>สแกนบัตรของพนักงานคนอื่น สถานีจะเปลี่ยนเป็นของคนนั้น</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>ตรวจออเดอร์</translation>
    </message>
    <message>
        <source>Check the items and the address on screen.</source>
        <translation>ตรวจสินค้าและที่อยู่บนหน้าจอ</translation>
    </message>
    <message>
        <source>Scan the first item to start picking (or press {key}).</source>
        <translation>สแกนสินค้าชิ้นแรกเพื่อเริ่มหยิบ (หรือกด {key})</translation>
    </message>
    <message>
        <source>Pick every item</source>
        <translation>หยิบให้ครบทุกชิ้น</translation>
    </message>
    <message>
        <source>Scan each item once: the list shows how many are still missing.</source>
        <translation>สแกนสินค้าชิ้นละครั้ง รายการจะบอกว่ายังขาดกี่ชิ้น</translation>
    </message>
    <message>
        <source>Red means wrong item: put it back. Scanned one twice? Press {undo} to undo.</source>
        <translation>สีแดงคือสินค้าผิด ให้วางคืน สแกนซ้ำ? กด {undo} เพื่อยกเลิก</translation>
    </message>
    <message>
        <source>Something missing? Press {hold}: a supervisor decides.</source>
        <translation>ของขาด? กด {hold} ให้หัวหน้างานตัดสิน</translation>
    </message>
    <message>
        <source>Pack and weigh</source>
        <translation>แพ็กและชั่งน้ำหนัก</translation>
    </message>
    <message>
        <source>Use the box shown (or scan another box&apos;s code).</source>
        <translation>ใช้กล่องตามที่แสดง (หรือสแกนรหัสกล่องอื่น)</translation>
    </message>
    <message>
        <source>Put the closed parcel on the scale; when the weight is steady press {key}.</source>
        <translation>วางพัสดุที่ปิดแล้วบนตาชั่ง เมื่อน้ำหนักนิ่งให้กด {key}</translation>
    </message>
    <message>
        <source>More than one box? Press {key} for another parcel.</source>
        <translation>มากกว่าหนึ่งกล่อง? กด {key} เพื่อเพิ่มพัสดุ</translation>
    </message>
    <message>
        <source>Label the parcel</source>
        <translation>ติดฉลากพัสดุ</translation>
    </message>
    <message>
        <source>The label prints by itself. Stick it flat on the top of the parcel.</source>
        <translation>ฉลากจะพิมพ์ออกมาเอง ติดให้เรียบบนด้านบนของพัสดุ</translation>
    </message>
    <message>
        <source>Press {key} when it is on. Bad print? Press {reprint}.</source>
        <translation>ติดแล้วกด {key} พิมพ์ไม่ดี? กด {reprint}</translation>
    </message>
    <message>
        <source>Photograph the parcel</source>
        <translation>ถ่ายรูปพัสดุ</translation>
    </message>
    <message>
        <source>Hold the labelled parcel under the camera so the label can be read.</source>
        <translation>ถือพัสดุที่ติดฉลากแล้วไว้ใต้กล้อง ให้อ่านฉลากได้</translation>
    </message>
    <message>
        <source>Press {key} for each photo the screen asks for.</source>
        <translation>กด {key} ทุกรูปที่หน้าจอขอ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <source>Put the parcel on the shelf for its carrier.</source>
        <translation>วางพัสดุบนชั้นของขนส่งเจ้านั้น</translation>
    </message>
    <message>
        <source>Press {key} for the next order.</source>
        <translation>กด {key} เพื่อไปออเดอร์ถัดไป</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>This order waits for a supervisor. Call one: they type their PIN or scan their badge, add a note, and release it or accept it as it is.</source>
        <translation>ออเดอร์นี้รอหัวหน้างาน เรียกมาหนึ่งคน: พิมพ์ PIN หรือสแกนบัตร ใส่หมายเหตุ แล้วปลดการพักหรือยอมรับตามที่เป็น</translation>
    </message>
    <message>
        <source>Press {key} to go back to the queue meanwhile.</source>
        <translation>ระหว่างนี้กด {key} เพื่อกลับไปที่คิว</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>ตั้งค่า</translation>
    </message>
    <message>
        <source>Choose each device from its list and press Test.</source>
        <translation>เลือกอุปกรณ์แต่ละตัวจากรายการ แล้วกด ทดสอบ</translation>
    </message>
    <message>
        <source>Press {save} to save, {back} to go back.</source>
        <translation>กด {save} เพื่อบันทึก, {back} เพื่อกลับ</translation>
    </message>
    <message>
        <source>Now: {next}.</source>
        <translation>ตอนนี้: {next}</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>F1 or Esc closes this help.</source>
        <translation>กด F1 หรือ Esc เพื่อปิดคำแนะนำนี้</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>Next:</source>
        <translation>ถัดไป:</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>preview when the label is made</source>
        <translation>ตัวอย่างจะแสดงเมื่อสร้างฉลากแล้ว</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Order {order} · label · {carrier}</source>
        <translation>ออเดอร์ {order} · ฉลาก · {carrier}</translation>
    </message>
    <message>
        <source>Did the label come out? OK: yes, it printed · F7: reprint it</source>
        <translation>ฉลากออกมาไหม? OK: ออกแล้ว · F7: พิมพ์ใหม่</translation>
    </message>
    <message>
        <source>Label waiting for the printer: fix it, then press OK (F3) to retry</source>
        <translation>ฉลากรอเครื่องพิมพ์: แก้เครื่องพิมพ์ แล้วกด OK (F3) เพื่อลองใหม่</translation>
    </message>
    <message>
        <source>Label printed: stick it on the parcel</source>
        <translation>พิมพ์ฉลากแล้ว: แปะบนพัสดุ</translation>
    </message>
    <message>
        <source>Label not printed yet: press OK (F3) to print</source>
        <translation>ยังไม่ได้พิมพ์ฉลาก: กด OK (F3) เพื่อพิมพ์</translation>
    </message>
    <message>
        <source>allocated when the label prints</source>
        <translation>ได้เลขเมื่อพิมพ์ฉลาก</translation>
    </message>
    <message>
        <source>Tracking: {number}</source>
        <translation>เลขพัสดุ: {number}</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>รอฉลาก แล้วแปะบนพัสดุ</translation>
    </message>
    <message>
        <source>wait for the label and stick it on the parcel</source>
        <translation>รอฉลากแล้วแปะบนพัสดุ</translation>
    </message>
    <message>
        <source>Confirm printed</source>
        <translation>ยืนยันว่าพิมพ์แล้ว</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>ลองใหม่</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>พิมพ์ฉลาก</translation>
    </message>
    <message>
        <source>unknown: the station stopped while this label was being sent. Check whether it came out: confirm printed or reprint.</source>
        <translation>ไม่แน่ใจ: สถานีหยุดทำงานระหว่างส่งฉลากนี้ ตรวจดูว่าฉลากออกมาหรือไม่ แล้วยืนยันว่าพิมพ์แล้วหรือพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>Say why the label is reprinted.</source>
        <translation>บอกเหตุผลที่พิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>Parcel {parcel}&apos;s label has not printed yet; it prints when the printer is ready.</source>
        <translation>ฉลากของพัสดุ {parcel} ยังไม่ได้พิมพ์: จะพิมพ์เมื่อเครื่องพิมพ์พร้อม</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to reprint.</source>
        <translation>พัสดุ {parcel} ของออเดอร์ {order} ไม่มีฉลากให้พิมพ์ใหม่</translation>
    </message>
    <message>
        <source>replaced by reprint {job}</source>
        <translation>ถูกแทนที่ด้วยการพิมพ์ใหม่ {job}</translation>
    </message>
    <message>
        <source>Only a label whose printing is uncertain can be confirmed.</source>
        <translation>ยืนยันได้เฉพาะฉลากที่ไม่แน่ใจว่าพิมพ์ออกมาหรือไม่</translation>
    </message>
    <message>
        <source>Voiding a label</source>
        <translation>การยกเลิกฉลาก</translation>
    </message>
    <message>
        <source>Say why the label is voided.</source>
        <translation>บอกเหตุผลที่ยกเลิกฉลาก</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to void.</source>
        <translation>พัสดุ {parcel} ของออเดอร์ {order} ไม่มีฉลากให้ยกเลิก</translation>
    </message>
    <message>
        <source>voided by {user}: {reason}</source>
        <translation>ยกเลิกโดย {user}: {reason}</translation>
    </message>
    <message>
        <source>Order {order} is not on this station.</source>
        <translation>ออเดอร์ {order} ไม่ได้อยู่ที่สถานีนี้</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its label prints once it is packed.</source>
        <translation>ออเดอร์ {order} อยู่ในสถานะ {status}: ฉลากจะพิมพ์เมื่อแพ็กเสร็จ</translation>
    </message>
    <message>
        <source>Order {order} has no weighed parcel to label.</source>
        <translation>ออเดอร์ {order} ไม่มีพัสดุที่ชั่งแล้วให้ติดฉลาก</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>รอส่งไปยังเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>No print job {job}.</source>
        <translation>ไม่มีงานพิมพ์ {job}</translation>
    </message>
    <message>
        <source>not printed: the order was cancelled</source>
        <translation>ไม่ได้พิมพ์: ออเดอร์ถูกยกเลิก</translation>
    </message>
    <message>
        <source>being sent to the printer</source>
        <translation>กำลังส่งไปยังเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>unknown: sending failed ({error}). Check whether it came out: confirm printed or reprint.</source>
        <translation>ไม่แน่ใจ: ส่งไม่สำเร็จ ({error}) ตรวจดูว่าฉลากออกมาหรือไม่ แล้วยืนยันว่าพิมพ์แล้วหรือพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>not printed: {error}</source>
        <translation>ไม่ได้พิมพ์: {error}</translation>
    </message>
    <message>
        <source>order {order} parcel {parcel}</source>
        <translation>ออเดอร์ {order} พัสดุ {parcel}</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>ออเดอร์ {order}</translation>
    </message>
    <message>
        <source>Tracking number {number} is already used by {where}; the label was not printed.</source>
        <translation>เลขพัสดุ {number} ถูกใช้แล้วโดย {where}: ไม่ได้พิมพ์ฉลาก</translation>
    </message>
    <message>
        <source>Order has no tracking number and no number range is configured for carrier {carrier}: add one under [label.tracking_ranges].</source>
        <translation>ออเดอร์ไม่มีเลขพัสดุ และไม่ได้ตั้งช่วงเลขสำหรับขนส่ง {carrier}: เพิ่มใน [label.tracking_ranges]</translation>
    </message>
    <message>
        <source>Label printed ({numbers}).</source>
        <translation>พิมพ์ฉลากแล้ว ({numbers})</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>พิมพ์ฉลากแล้ว</translation>
    </message>
    <message>
        <source>a label printer (ZPL)</source>
        <translation>เครื่องพิมพ์ฉลาก (ZPL)</translation>
    </message>
    <message>
        <source>a desktop printer (PDF)</source>
        <translation>เครื่องพิมพ์ทั่วไป (PDF)</translation>
    </message>
    <message>
        <source>not printed: this label was made for {stored} but the station now prints on {wanted}; a supervisor voids it and it is printed again</source>
        <translation>ไม่ได้พิมพ์: ฉลากนี้ทำไว้สำหรับ{stored} แต่ตอนนี้สถานีพิมพ์ด้วย{wanted} หัวหน้างานต้องยกเลิกฉลากแล้วพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>Parcel {number}: printed ✔{tracking}</source>
        <translation>พัสดุ {number}: พิมพ์แล้ว ✔{tracking}</translation>
    </message>
    <message>
        <source>waiting for the printer</source>
        <translation>รอเครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Parcel {number}: waiting — {reason}</source>
        <translation>พัสดุ {number}: รอ — {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: did it print? {reason}</source>
        <translation>พัสดุ {number}: พิมพ์ออกมาไหม? {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: no label yet</source>
        <translation>พัสดุ {number}: ยังไม่มีฉลาก</translation>
    </message>
    <message>
        <source>Parcel {number}: {state}</source>
        <translation>พัสดุ {number}: {state}</translation>
    </message>
    <message>
        <source>the platform label is not a readable PDF ({error})</source>
        <translation>ฉลากจากแพลตฟอร์มไม่ใช่ PDF ที่อ่านได้ ({error})</translation>
    </message>
    <message>
        <source>the platform label has {pages} page(s), no page {page}</source>
        <translation>ฉลากจากแพลตฟอร์มมี {pages} หน้า ไม่มีหน้า {page}</translation>
    </message>
    <message>
        <source>the platform label is neither a PDF nor an image ({error})</source>
        <translation>ฉลากจากแพลตฟอร์มไม่ใช่ทั้ง PDF และรูปภาพ ({error})</translation>
    </message>
    <message>
        <source>the platform label is empty</source>
        <translation>ฉลากจากแพลตฟอร์มว่างเปล่า</translation>
    </message>
    <message>
        <source>the platform label page is blank</source>
        <translation>หน้าฉลากจากแพลตฟอร์มว่างเปล่า</translation>
    </message>
</context>
<context>
    <name>LabelPrompts</name>
    <message>
        <source>Why reprint the label?</source>
        <translation>พิมพ์ฉลากใหม่เพราะอะไร?</translation>
    </message>
    <message>
        <source>Void the label: a supervisor&apos;s PIN or badge</source>
        <translation>ยกเลิกฉลาก: ใช้ PIN หรือบัตรหัวหน้างาน</translation>
    </message>
    <message>
        <source>Why void the label?</source>
        <translation>ยกเลิกฉลากเพราะอะไร?</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>พิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>Void label (supervisor)</source>
        <translation>ยกเลิกฉลาก (หัวหน้างาน)</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>ปิดหน้าต่างถาม</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <source>Picked</source>
        <translation>หยิบแล้ว</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>ช่อง</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>user id (optional)</source>
        <translation>รหัสผู้ใช้ (ไม่บังคับ)</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>สแกนบัตรของคุณ</translation>
    </message>
    <message>
        <source>or type your PIN and press Enter</source>
        <translation>หรือพิมพ์ PIN แล้วกด Enter</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>สแกนบัตร หรือพิมพ์ PIN แล้วกด Enter</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Manifest {id} · content SHA-256 {sha} · page {page}/{pages}</source>
        <translation>ใบส่งมอบ {id} · SHA-256 ของเนื้อหา {sha} · หน้า {page}/{pages}</translation>
    </message>
    <message>
        <source>Drop-off manifest: {carrier}</source>
        <translation>ใบส่งมอบแบบนำไปส่งเอง: {carrier}</translation>
    </message>
    <message>
        <source>Carrier pickup manifest: {carrier}</source>
        <translation>ใบส่งมอบให้ขนส่งมารับ: {carrier}</translation>
    </message>
    <message>
        <source>{parcels} parcels of {orders} orders</source>
        <translation>{parcels} พัสดุ จาก {orders} ออเดอร์</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>ใบส่งมอบ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>พนักงานขนส่ง</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>ทะเบียนรถ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>โต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>ผู้ส่งมอบ</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>เวลา (ท้องถิ่น)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>เวลา (UTC)</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>น้ำหนักรวม</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>รับทราบโดย</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>SHA-256 ของเนื้อหา</translation>
    </message>
    <message>
        <source>Left behind (confirmed): {codes}</source>
        <translation>ค้างไว้ (ยืนยันแล้ว): {codes}</translation>
    </message>
    <message>
        <source>Partial orders (supervisor): {orders}</source>
        <translation>ออเดอร์ส่งไม่ครบ (หัวหน้างาน): {orders}</translation>
    </message>
    <message>
        <source>Courier&apos;s scan: {code}</source>
        <translation>สแกนของขนส่ง: {code}</translation>
    </message>
    <message>
        <source>courier signature</source>
        <translation>ลายเซ็นพนักงานขนส่ง</translation>
    </message>
    <message>
        <source>Handover photos and acknowledgement</source>
        <translation>รูปการส่งมอบและการรับทราบ</translation>
    </message>
    <message>
        <source>Total: {parcels} parcels, {orders} orders, {weight}</source>
        <translation>รวม: {parcels} พัสดุ, {orders} ออเดอร์, {weight}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Today</source>
        <translation>วันนี้</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 วันล่าสุด</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 วันล่าสุด</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>กำหนดเอง</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>คืนมา</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>เสียหาย</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>สินค้าผิด</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <source>Not ours</source>
        <translation>ไม่ใช่ของเรา</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>หยิบ</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>แพ็ก</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ฉลาก</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>รูป</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>ส่งมอบ</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>ยอมรับน้ำหนัก</translation>
    </message>
    <message>
        <source>waivers</source>
        <translation>ยกเว้นรูป</translation>
    </message>
    <message>
        <source>undos</source>
        <translation>ยกเลิกสแกน</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>รวม</translation>
    </message>
    <message>
        <source>By packer</source>
        <translation>ตามคนแพ็ก</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>ตามโต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>แสดง</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>ช่วงเวลา</translation>
    </message>
    <message>
        <source>Returns per SKU and reason</source>
        <translation>สินค้าคืนตาม SKU และเหตุผล</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>กำลังคำนวณ…</translation>
    </message>
    <message>
        <source>Returns per SKU and reason: no returns in the period</source>
        <translation>สินค้าคืนตาม SKU และเหตุผล: ไม่มีสินค้าคืนในช่วงนี้</translation>
    </message>
    <message>
        <source>The metrics could not be computed (the log has the details).</source>
        <translation>คำนวณสถิติไม่ได้ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Active h</source>
        <translation>ชม. ทำงาน</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>ออเดอร์/ชม.</translation>
    </message>
    <message>
        <source>{step} (s)</source>
        <translation>{step} (วินาที)</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>การสแกน</translation>
    </message>
    <message>
        <source>Wrong %</source>
        <translation>ผิด %</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>ออเดอร์ต่อชั่วโมง</translation>
    </message>
    <message>
        <source>orders/h</source>
        <translation>ออเดอร์/ชม.</translation>
    </message>
    <message>
        <source>Mean time per step (s)</source>
        <translation>เวลาเฉลี่ยต่อขั้นตอน (วินาที)</translation>
    </message>
    <message>
        <source>Wrong-scan rate (%)</source>
        <translation>อัตราสแกนผิด (%)</translation>
    </message>
    <message>
        <source>wrong %</source>
        <translation>ผิด %</translation>
    </message>
    <message>
        <source>Viewing packer metrics</source>
        <translation>การดูสถิติคนแพ็ก</translation>
    </message>
    <message>
        <source>Viewing return metrics</source>
        <translation>การดูสถิติการคืนสินค้า</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message numerus="yes">
        <source>Returns per SKU and reason: %n unit(s) checked at returns in the period</source>
        <translation>
            <numerusform>สินค้าคืนตาม SKU และเหตุผล: ตรวจที่จุดรับคืน %n ชิ้นในช่วงนี้</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done in the period</source>
        <translation>
            <numerusform>แพ็กเสร็จ %n ออเดอร์ในช่วงนี้</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Next</name>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>กรอกรหัสผู้ใช้ ชื่อ และ PIN แล้วกด สร้างผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>สแกนบัตร หรือพิมพ์ PIN แล้วกด Enter</translation>
    </message>
    <message>
        <source>scan an order or pick-list barcode, or press {key} for the most urgent order (badge: switch packer; Ctrl+S: settings; Ctrl+R: review)</source>
        <translation>สแกนบาร์โค้ดออเดอร์หรือใบหยิบสินค้า หรือกด {key} เพื่อรับออเดอร์ด่วนที่สุด (บัตร: เปลี่ยนคนแพ็ก; Ctrl+S: ตั้งค่า; Ctrl+R: ตรวจสอบ)</translation>
    </message>
    <message>
        <source>check the order, then scan the first item (or {key} to start picking)</source>
        <translation>ตรวจออเดอร์ แล้วสแกนสินค้าชิ้นแรก (หรือกด {key} เพื่อเริ่มหยิบ)</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>ตรวจสินค้าครบแล้ว</translation>
    </message>
    <message>
        <source>scan {items}</source>
        <translation>สแกน {items}</translation>
    </message>
    <message>
        <source>all parcels weighed: press {key} to finish packing</source>
        <translation>ชั่งพัสดุครบแล้ว: กด {key} เพื่อแพ็กเสร็จ</translation>
    </message>
    <message>
        <source>choose a box (scan its code)</source>
        <translation>เลือกกล่อง (สแกนรหัสกล่อง)</translation>
    </message>
    <message>
        <source>put parcel {number} on the scale, then press {key} to weigh it</source>
        <translation>วางพัสดุที่ {number} บนตาชั่ง แล้วกด {key} เพื่อชั่ง</translation>
    </message>
    <message>
        <source>press {key} (or the foot pedal) to take the photo</source>
        <translation>กด {key} (หรือเหยียบแป้น) เพื่อถ่ายรูป</translation>
    </message>
    <message>
        <source>put the parcel in the staging area for its carrier; {key} for the next order</source>
        <translation>วางพัสดุไว้ที่จุดพักของขนส่งนั้น; กด {key} รับออเดอร์ถัดไป</translation>
    </message>
    <message>
        <source>unpack the order and return the items; {key} goes back to the queue</source>
        <translation>แกะออเดอร์และคืนสินค้า; กด {key} กลับไปที่คิว</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts this weight, {release} weighs again</source>
        <translation>เรียกหัวหน้างาน: PIN หรือบัตร และหมายเหตุ; {accept} ยอมรับน้ำหนักนี้, {release} ชั่งใหม่</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts it short, {release} picks again</source>
        <translation>เรียกหัวหน้างาน: PIN หรือบัตร และหมายเหตุ; {accept} ยอมรับว่าขาด, {release} หยิบใหม่</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note, then {release} to release</source>
        <translation>เรียกหัวหน้างาน: PIN หรือบัตร และหมายเหตุ แล้วกด {release} เพื่อปลดการพัก</translation>
    </message>
    <message>
        <source>check the printer: {ok} if the label came out, {reprint} to reprint</source>
        <translation>ตรวจเครื่องพิมพ์: กด {ok} ถ้าฉลากออกมาแล้ว, {reprint} เพื่อพิมพ์ใหม่</translation>
    </message>
    <message>
        <source>fix the printer, then press {ok} to retry</source>
        <translation>แก้เครื่องพิมพ์ แล้วกด {ok} เพื่อลองใหม่</translation>
    </message>
    <message>
        <source>press {ok} to print the label</source>
        <translation>กด {ok} เพื่อพิมพ์ฉลาก</translation>
    </message>
    <message>
        <source>stick the label on the parcel</source>
        <translation>แปะฉลากบนพัสดุ</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>label visible</source>
        <translation>เห็นฉลาก</translation>
    </message>
    <message>
        <source>accepted without label</source>
        <translation>ยอมรับโดยไม่เห็นฉลาก</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>ไม่เห็นฉลาก</translation>
    </message>
    <message>
        <source>{kind} (parcel {parcel})</source>
        <translation>{kind} (พัสดุ {parcel})</translation>
    </message>
</context>
<context>
    <name>OrderPageView</name>
    <message>
        <source>← Search</source>
        <translation>← ค้นหา</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>ติดธงข้อพิพาท…</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>ลบธง</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>ส่งออกชุดหลักฐาน…</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag to pan, 0 to fit, F11 or double-click for full screen.</source>
        <translation>ล้อเมาส์หรือ +/− เพื่อซูม ลากเพื่อเลื่อน 0 เพื่อพอดีจอ F11 หรือดับเบิลคลิกเพื่อเต็มจอ</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>ลำดับเหตุการณ์</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>การสแกน</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>น้ำหนัก</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ฉลาก</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>รูป</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>วิดีโอ</translation>
    </message>
    <message>
        <source>Loading order {order}…</source>
        <translation>กำลังโหลดออเดอร์ {order}…</translation>
    </message>
    <message>
        <source>Order {order} could not be opened (the log has the details).</source>
        <translation>เปิดออเดอร์ {order} ไม่ได้ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>packer {user}</source>
        <translation>คนแพ็ก {user}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · station {station}</source>
        <translation>&lt;b&gt;ออเดอร์ {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · โต๊ะแพ็ก {station}</translation>
    </message>
    <message>
        <source>Disputed: {note}</source>
        <translation>มีข้อพิพาท: {note}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ใคร</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>ที่ไหน</translation>
    </message>
    <message>
        <source>What</source>
        <translation>อะไร</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>ผลตรวจ</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>รายการ</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>โต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>undone: {reason}</source>
        <translation>ยกเลิกแล้ว: {reason}</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>กล่อง</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ที่ควรได้</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>ชั่งได้</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>ส่วนต่าง</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>ยอมรับน้ำหนัก</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <source>No proof photos for this order.</source>
        <translation>ออเดอร์นี้ไม่มีรูปหลักฐาน</translation>
    </message>
    <message>
        <source>Label preview (parcel {parcel} of {count})</source>
        <translation>ตัวอย่างฉลาก (พัสดุ {parcel} จาก {count})</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>ตัวอย่างฉลาก</translation>
    </message>
    <message>
        <source>No label preview: {reason}</source>
        <translation>ไม่มีตัวอย่างฉลาก: {reason}</translation>
    </message>
    <message>
        <source>Verified: file and record match the hash chain.</source>
        <translation>ยืนยันแล้ว: ไฟล์และบันทึกตรงกับห่วงโซ่แฮช</translation>
    </message>
    <message>
        <source>NOT VERIFIED ({problem}): {details}</source>
        <translation>ยืนยันไม่ผ่าน ({problem}): {details}</translation>
    </message>
    <message>
        <source>(file cannot be shown)</source>
        <translation>(แสดงไฟล์ไม่ได้)</translation>
    </message>
</context>
<context>
    <name>OrderResultsModel</name>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>ส่งภายใน</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>โต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>คนแพ็ก</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>ธง</translation>
    </message>
    <message>
        <source>Flagged: {note}</source>
        <translation>ติดธงแล้ว: {note}</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>confirmed</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>หยิบ</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>ชั่ง</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>ติดฉลาก</translation>
    </message>
    <message>
        <source>photographed</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>วางรอขนส่ง</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>ส่งมอบ</translation>
    </message>
    <message>
        <source>held</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>released</source>
        <translation>ปลดพัก</translation>
    </message>
    <message>
        <source>accepted a weight</source>
        <translation>ยอมรับน้ำหนัก</translation>
    </message>
    <message>
        <source>waived photos</source>
        <translation>ยกเว้นรูป</translation>
    </message>
    <message>
        <source>voided a label</source>
        <translation>ยกเลิกฉลาก</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Why put it on hold?</source>
        <translation>พักเพราะอะไร?</translation>
    </message>
    <message>
        <source>Suggested box</source>
        <translation>กล่องที่แนะนำ</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>ตาชั่ง</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>ที่ควรได้</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>no box fits: choose one</source>
        <translation>ไม่มีกล่องที่พอดี: เลือกเอง</translation>
    </message>
    <message>
        <source>Order {order} · parcel {number} of {count}</source>
        <translation>ออเดอร์ {order} · พัสดุ {number} จาก {count}</translation>
    </message>
    <message>
        <source>#{number} {box}: {weight} (expected {expected})</source>
        <translation>#{number} {box}: {weight} (ควรได้ {expected})</translation>
    </message>
    <message>
        <source>none weighed yet</source>
        <translation>ยังไม่ได้ชั่ง</translation>
    </message>
    <message>
        <source>every parcel weighed</source>
        <translation>ชั่งครบทุกกล่องแล้ว</translation>
    </message>
    <message>
        <source>choose a box</source>
        <translation>เลือกกล่อง</translation>
    </message>
    <message>
        <source> (items + {box} {tare})</source>
        <translation> (สินค้า + {box} {tare})</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>นิ่งแล้ว</translation>
    </message>
    <message>
        <source>Weigh / finish</source>
        <translation>ชั่ง / เสร็จ</translation>
    </message>
    <message>
        <source>Another parcel</source>
        <translation>เพิ่มพัสดุอีกกล่อง</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>พัก</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>ปิดหน้าต่างถาม</translation>
    </message>
    <message>
        <source>longest side</source>
        <translation>ด้านยาวที่สุด</translation>
    </message>
    <message>
        <source>middle side</source>
        <translation>ด้านกลาง</translation>
    </message>
    <message>
        <source>shortest side</source>
        <translation>ด้านสั้นที่สุด</translation>
    </message>
    <message>
        <source>Item {sku}</source>
        <translation>สินค้า {sku}</translation>
    </message>
    <message>
        <source>An item</source>
        <translation>สินค้าชิ้นหนึ่ง</translation>
    </message>
    <message>
        <source>{name} ({item} mm) does not fit box {box} ({inside} mm inside): its {side} {length} mm is more than {room} mm. Choose a bigger box, or a supervisor accepts this box.</source>
        <translation>{name} ({item} มม.) ใส่กล่อง {box} ไม่ได้ (ด้านใน {inside} มม.): {side} ยาว {length} มม. เกิน {room} มม. เลือกกล่องที่ใหญ่กว่า หรือให้หัวหน้างานยอมรับกล่องนี้</translation>
    </message>
    <message>
        <source>Weight OK: {measured} g (expected {expected} g)</source>
        <translation>น้ำหนักถูกต้อง: {measured} ก. (ควรได้ {expected} ก.)</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g heavier than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>น้ำหนักไม่ตรง: {measured} ก. หนักกว่าที่ควรได้ {expected} ก. อยู่ {difference} ก. (ยอมให้ ±{allowed} ก.) ตรวจของในพัสดุ</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g lighter than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>น้ำหนักไม่ตรง: {measured} ก. เบากว่าที่ควรได้ {expected} ก. อยู่ {difference} ก. (ยอมให้ ±{allowed} ก.) ตรวจของในพัสดุ</translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message>
        <source>Order {order} is being packed at station {station}.</source>
        <translation>ออเดอร์ {order} กำลังแพ็กที่สถานี {station}</translation>
    </message>
    <message>
        <source>No order is free to pack: {count} are being packed at other stations.</source>
        <translation>ไม่มีออเดอร์ว่างให้แพ็ก: {count} ออเดอร์กำลังแพ็กที่สถานีอื่น</translation>
    </message>
    <message>
        <source>No order is ready to pack: {count} wait for stock ({order}: {stock}).</source>
        <translation>ไม่มีออเดอร์พร้อมแพ็ก: {count} ออเดอร์รอสต็อก ({order}: {stock})</translation>
    </message>
    <message>
        <source>No order is ready to pack.</source>
        <translation>ไม่มีออเดอร์พร้อมแพ็ก</translation>
    </message>
    <message>
        <source>{count} order(s) claimed ahead can be packed</source>
        <translation>แพ็กได้ {count} ออเดอร์ที่จองไว้ล่วงหน้า</translation>
    </message>
    <message>
        <source>no order was claimed ahead</source>
        <translation>ไม่มีออเดอร์ที่จองไว้ล่วงหน้า</translation>
    </message>
    <message>
        <source>central store unreachable: {ahead}</source>
        <translation>ติดต่อระบบคลังกลางไม่ได้: {ahead}</translation>
    </message>
    <message>
        <source>Central store unreachable: {ahead}</source>
        <translation>ติดต่อระบบคลังกลางไม่ได้: {ahead}</translation>
    </message>
    <message>
        <source>{central}; wait for the network or ask a supervisor.</source>
        <translation>{central}: รอเครือข่าย หรือถามหัวหน้างาน</translation>
    </message>
    <message>
        <source>Order {order} is {status}; scanning items is done.</source>
        <translation>ออเดอร์ {order} อยู่ในสถานะ {status}: สแกนสินค้าเสร็จแล้ว</translation>
    </message>
    <message>
        <source>Say why the scan is undone.</source>
        <translation>บอกเหตุผลที่ยกเลิกการสแกน</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its scans are closed.</source>
        <translation>ออเดอร์ {order} อยู่ในสถานะ {status}: ปิดการสแกนแล้ว</translation>
    </message>
    <message>
        <source>There is no scan to undo.</source>
        <translation>ไม่มีการสแกนให้ยกเลิก</translation>
    </message>
    <message>
        <source>Short pick: {short}. {reason}</source>
        <translation>ของขาด: {short} {reason}</translation>
    </message>
    <message>
        <source>Short pick: {short}.</source>
        <translation>ของขาด: {short}</translation>
    </message>
    <message>
        <source>Releasing an order on hold</source>
        <translation>การปลดออเดอร์ที่ถูกพัก</translation>
    </message>
    <message>
        <source>Cancelling an order</source>
        <translation>การยกเลิกออเดอร์</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>ไม่รู้จักกล่อง {code}</translation>
    </message>
    <message>
        <source>Order {order} is {status}; weigh it after picking.</source>
        <translation>ออเดอร์ {order} อยู่ในสถานะ {status}: ชั่งหลังหยิบเสร็จ</translation>
    </message>
    <message>
        <source>Accepting a weight mismatch</source>
        <translation>การยอมรับน้ำหนักที่ไม่ตรง</translation>
    </message>
    <message>
        <source>Say why the weight is accepted.</source>
        <translation>บอกเหตุผลที่ยอมรับน้ำหนักนี้</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has not been weighed.</source>
        <translation>พัสดุ {parcel} ของออเดอร์ {order} ยังไม่ได้ชั่ง</translation>
    </message>
    <message>
        <source>Weigh every parcel before packing is done.</source>
        <translation>ชั่งพัสดุทุกกล่องก่อนแพ็กเสร็จ</translation>
    </message>
    <message>
        <source>Parcel {parcel}: {check} Reweigh it, or a supervisor must accept the weight.</source>
        <translation>พัสดุ {parcel}: {check} ชั่งใหม่ หรือให้หัวหน้างานยอมรับน้ำหนัก</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>ถูกยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>ไม่ได้ระบุเหตุผล</translation>
    </message>
    <message>
        <source>it is on hold ({reason})</source>
        <translation>ถูกพักไว้ ({reason})</translation>
    </message>
    <message>
        <source>it is already {status}</source>
        <translation>อยู่ในสถานะ {status} แล้ว</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>ไม่มีสินค้า</translation>
    </message>
    <message>
        <source>not in the catalog: {skus}</source>
        <translation>ไม่มีในแคตตาล็อก: {skus}</translation>
    </message>
    <message>
        <source>the address is incomplete</source>
        <translation>ที่อยู่ไม่ครบ</translation>
    </message>
    <message>
        <source>Order {order} cannot be packed: {problems}.</source>
        <translation>ออเดอร์ {order} แพ็กไม่ได้: {problems}</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not label or hand it over: unpack it and return the items to stock.</source>
        <translation>หยุด: ออเดอร์ {order} ถูกยกเลิกแล้ว ห้ามติดฉลากหรือส่งมอบ: แกะออกแล้วคืนสินค้าเข้าสต็อก</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>ไม่มีออเดอร์ {order}</translation>
    </message>
    <message>
        <source>No order or tracking number {ref}.</source>
        <translation>ไม่มีออเดอร์หรือเลขพัสดุ {ref}</translation>
    </message>
    <message>
        <source>Order {order} was marked out of stock by a supervisor; it waits to be cancelled.</source>
        <translation>หัวหน้างานระบุว่าออเดอร์ {order} ของหมด: รอการยกเลิก</translation>
    </message>
    <message>
        <source>Central store unreachable: the units of order {order} could not be reserved; try again.</source>
        <translation>ติดต่อระบบคลังกลางไม่ได้: จองสินค้าของออเดอร์ {order} ไม่ได้ ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Order {order} is {stock}.</source>
        <translation>ออเดอร์ {order}: {stock}</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>ขั้นนี้ไม่ใช้การสแกนนี้: {code}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Not a supervisor&apos;s PIN or badge: ask a supervisor to scan their badge or type their PIN.</source>
        <translation>ไม่ใช่ PIN หรือบัตรของหัวหน้างาน: ให้หัวหน้างานสแกนบัตรหรือพิมพ์ PIN</translation>
    </message>
    <message>
        <source>The shortest badge ([badges] min_length) must be at least 1 character.</source>
        <translation>บัตรที่สั้นที่สุด ([badges] min_length) ต้องมีอย่างน้อย 1 ตัวอักษร</translation>
    </message>
    <message>
        <source>Type your name, a short user id (like ada) and a PIN of 4 to 12 digits, then Create admin.</source>
        <translation>พิมพ์ชื่อ รหัสผู้ใช้สั้นๆ (เช่น ada) และ PIN 4 ถึง 12 หลัก แล้วกด สร้างผู้ดูแล</translation>
    </message>
    <message>
        <source>Type a short user id to log in with (like ada), without spaces.</source>
        <translation>พิมพ์รหัสผู้ใช้สั้นๆ สำหรับเข้าสู่ระบบ (เช่น ada) ไม่มีช่องว่าง</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits for the admin.</source>
        <translation>ตั้ง PIN 4 ถึง 12 หลักสำหรับผู้ดูแล</translation>
    </message>
    <message>
        <source>Changing a PIN</source>
        <translation>การเปลี่ยน PIN</translation>
    </message>
    <message>
        <source>That PIN is already used by someone at this station; choose another.</source>
        <translation>PIN นี้มีคนที่สถานีนี้ใช้แล้ว: เลือก PIN อื่น</translation>
    </message>
    <message>
        <source>Changing a badge</source>
        <translation>การเปลี่ยนบัตร</translation>
    </message>
    <message>
        <source>That badge already belongs to someone else.</source>
        <translation>บัตรนี้เป็นของคนอื่นแล้ว</translation>
    </message>
    <message>
        <source>Changing a role</source>
        <translation>การเปลี่ยนบทบาท</translation>
    </message>
    <message>
        <source>This is the last admin; make someone else admin first.</source>
        <translation>นี่คือผู้ดูแลคนสุดท้าย: ตั้งคนอื่นเป็นผู้ดูแลก่อน</translation>
    </message>
    <message>
        <source>Deactivating a user</source>
        <translation>การปิดใช้งานผู้ใช้</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as it should appear on screen and on the badge.</source>
        <translation>พิมพ์ชื่อของคนนั้นตามที่จะแสดงบนจอและบนบัตร</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>ชื่อยาวได้ไม่เกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <source>Changing a name</source>
        <translation>การเปลี่ยนชื่อ</translation>
    </message>
    <message>
        <source>Type your PIN (or scan your badge), then press Enter.</source>
        <translation>พิมพ์ PIN (หรือสแกนบัตร) แล้วกด Enter</translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation>ผู้ใช้หรือ PIN ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Unknown PIN.</source>
        <translation>ไม่รู้จัก PIN นี้</translation>
    </message>
    <message>
        <source>Unknown badge.</source>
        <translation>ไม่รู้จักบัตรนี้</translation>
    </message>
    <message>
        <source>There is already a user &apos;{user}&apos;.</source>
        <translation>มีผู้ใช้ &apos;{user}&apos; อยู่แล้ว</translation>
    </message>
    <message>
        <source>Give the user a PIN or a badge, or they cannot log in.</source>
        <translation>ตั้ง PIN หรือบัตรให้ผู้ใช้ ไม่อย่างนั้นจะเข้าสู่ระบบไม่ได้</translation>
    </message>
    <message>
        <source>That PIN or badge was just taken by someone else; choose another.</source>
        <translation>PIN หรือบัตรนี้เพิ่งมีคนอื่นใช้ไป: เลือกอันอื่น</translation>
    </message>
    <message>
        <source>No user &apos;{user}&apos;.</source>
        <translation>ไม่มีผู้ใช้ &apos;{user}&apos;</translation>
    </message>
    <message>
        <source>{action}: you cannot do this to yourself; ask another supervisor or admin.</source>
        <translation>{action}: ทำกับตัวเองไม่ได้ ให้หัวหน้างานหรือผู้ดูแลคนอื่นทำ</translation>
    </message>
    <message>
        <source>Unknown role {role}; use {roles}.</source>
        <translation>ไม่รู้จักบทบาท {role} ใช้ {roles}</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>พนักงานแพ็ก</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>{action} needs a {role}; {who} is a {current}.</source>
        <translation>{action} ต้องเป็น{role} แต่ {who} เป็น{current}</translation>
    </message>
    <message>
        <source>Scan the new badge for {name} now (Esc cancels).</source>
        <translation>สแกนบัตรใหม่ของ {name} ตอนนี้ (Esc ยกเลิก)</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>เลือกคนที่จะเปลี่ยน หรือกรอกแบบฟอร์มเพื่อเพิ่มคน</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ผู้ใช้</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>บัตร</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>เข้าระบบล่าสุด</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Full name, as on the badge</source>
        <translation>ชื่อเต็ม ตามบนบัตร</translation>
    </message>
    <message>
        <source>Short id to log in with, like pat</source>
        <translation>รหัสสั้นๆ สำหรับเข้าระบบ เช่น pat</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>ตัวเลข 4 ถึง 12 หลัก</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>รหัสผู้ใช้</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>เพิ่มคน</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>บันทึกชื่อ</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>ตั้งบทบาท</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>ตั้ง PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>รีเซ็ต PIN</translation>
    </message>
    <message>
        <source>Enroll badge</source>
        <translation>ลงทะเบียนบัตร</translation>
    </message>
    <message>
        <source>Remove badge</source>
        <translation>ลบบัตร</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>ปิดการใช้งาน</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>คนใหม่</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>พิมพ์บัตร</translation>
    </message>
    <message>
        <source>First-run guide</source>
        <translation>คู่มือเริ่มต้น</translation>
    </message>
    <message>
        <source>That change was not saved; try again.</source>
        <translation>การเปลี่ยนนี้ไม่ได้บันทึก ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>as {0}</source>
        <translation>ในฐานะ {0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ไม่</translation>
    </message>
    <message>
        <source>Press New person first, then fill in the form.</source>
        <translation>กด คนใหม่ ก่อน แล้วกรอกแบบฟอร์ม</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>เลือกคนที่จะเปลี่ยน หรือกรอกแบบฟอร์มเพื่อเพิ่มคน</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Order {order} · proof photos · tracking {tracking}</source>
        <translation>ออเดอร์ {order} · รูปหลักฐาน · เลขพัสดุ {tracking}</translation>
    </message>
    <message>
        <source>Photo {number} of {count}: {name}</source>
        <translation>รูปที่ {number} จาก {count}: {name}</translation>
    </message>
    <message>
        <source>Put the sealed, labelled parcel under the camera</source>
        <translation>วางพัสดุที่ปิดกล่องและแปะฉลากแล้วไว้ใต้กล้อง</translation>
    </message>
    <message>
        <source>one photo</source>
        <translation>หนึ่งรูป</translation>
    </message>
    <message>
        <source>Label not readable: turn it to the camera and take the photo again. </source>
        <translation>อ่านฉลากไม่ได้: หันฉลากเข้าหากล้องแล้วถ่ายใหม่ </translation>
    </message>
    <message>
        <source>Still needed: {photos}. Order, tracking, station, packer and time are burned in.</source>
        <translation>ยังต้องถ่าย: {photos} ออเดอร์ เลขพัสดุ โต๊ะแพ็ก คนแพ็ก และเวลาจะประทับลงในรูป</translation>
    </message>
    <message>
        <source> A supervisor may scan their badge to let the order go without the photos.</source>
        <translation> หัวหน้างานสแกนบัตรเพื่อให้ออเดอร์ผ่านโดยไม่มีรูปได้</translation>
    </message>
    <message>
        <source>taking the photo …</source>
        <translation>กำลังถ่ายรูป …</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>All photos stored.</source>
        <translation>เก็บรูปครบแล้ว</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. Next: the &apos;{next}&apos; photo — press {key}.</source>
        <translation>เก็บรูป &apos;{kind}&apos; แล้ว ถัดไป: รูป &apos;{next}&apos; — กด {key}</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. All photos done.</source>
        <translation>เก็บรูป &apos;{kind}&apos; แล้ว ถ่ายรูปครบแล้ว</translation>
    </message>
</context>
<context>
    <name>PhotoKind</name>
    <message>
        <source>contents</source>
        <translation>สินค้าในกล่อง</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>พัสดุที่ปิดแล้ว</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>พัสดุ</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>พนักงานขนส่ง</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>ใบรับ</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>รูป</translation>
    </message>
</context>
<context>
    <name>Pick</name>
    <message>
        <source>⚠ FRAGILE</source>
        <translation>⚠ ของแตกง่าย</translation>
    </message>
    <message>
        <source>Why undo the last scan?</source>
        <translation>ยกเลิกการสแกนล่าสุดเพราะอะไร?</translation>
    </message>
    <message>
        <source>Short pick: why are items missing?</source>
        <translation>ของขาด: ทำไมสินค้าไม่ครบ?</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>ออเดอร์ {order}</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>ยกเลิกการสแกนล่าสุด</translation>
    </message>
    <message>
        <source>Short pick / hold</source>
        <translation>ของขาด / พัก</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>ปิดหน้าต่างถาม</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printer out of paper: load labels and press Retry</source>
        <translation>เครื่องพิมพ์กระดาษหมด: ใส่ฉลากแล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer out of ribbon: load a ribbon and press Retry</source>
        <translation>เครื่องพิมพ์ริบบอนหมด: ใส่ริบบอนแล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer head is open: close it and press Retry</source>
        <translation>หัวพิมพ์เปิดอยู่: ปิดแล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer is paused: press its Pause button, then Retry</source>
        <translation>เครื่องพิมพ์หยุดชั่วคราว: กดปุ่ม Pause ของเครื่อง แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer buffer is full: wait until it has printed, then press Retry</source>
        <translation>หน่วยความจำเครื่องพิมพ์เต็ม: รอให้พิมพ์เสร็จ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer head is too cold: wait a minute, then press Retry</source>
        <translation>หัวพิมพ์เย็นเกินไป: รอสักครู่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer head is too hot: let it cool down, then press Retry</source>
        <translation>หัวพิมพ์ร้อนเกินไป: รอให้เย็นลง แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer memory is corrupt: switch the printer off and on, then press Retry</source>
        <translation>หน่วยความจำเครื่องพิมพ์เสีย: ปิดแล้วเปิดเครื่องพิมพ์ใหม่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer cutter jammed: clear it and press Retry</source>
        <translation>ใบมีดตัดของเครื่องพิมพ์ติด: เอาสิ่งที่ติดออกแล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer head fault: call a supervisor</source>
        <translation>หัวพิมพ์เสีย: เรียกหัวหน้างาน</translation>
    </message>
    <message>
        <source>Printer does not answer: check it is on and connected, then press Retry</source>
        <translation>เครื่องพิมพ์ไม่ตอบ: ตรวจว่าเปิดเครื่องและเชื่อมต่ออยู่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer closed the connection without answering: check it is on and ready, then press Retry</source>
        <translation>เครื่องพิมพ์ตัดการเชื่อมต่อโดยไม่ตอบ: ตรวจว่าเปิดเครื่องและพร้อม แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer not reachable: check it is on and connected, then press Retry</source>
        <translation>ติดต่อเครื่องพิมพ์ไม่ได้: ตรวจว่าเปิดเครื่องและเชื่อมต่ออยู่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer queue is stopped: check the printer, start its queue again, then press Retry</source>
        <translation>คิวเครื่องพิมพ์หยุดอยู่: ตรวจเครื่องพิมพ์ เริ่มคิวใหม่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>{detail}; check it is on and connected, then press Retry</source>
        <translation>{detail}; ตรวจว่าเปิดเครื่องและเชื่อมต่ออยู่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>เครื่องพิมพ์พร้อม</translation>
    </message>
    <message>
        <source>media needs calibrating</source>
        <translation>ต้องปรับเทียบฉลาก</translation>
    </message>
    <message>
        <source>clean the print head</source>
        <translation>ทำความสะอาดหัวพิมพ์</translation>
    </message>
    <message>
        <source>replace the print head</source>
        <translation>เปลี่ยนหัวพิมพ์</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>ฉลากใกล้หมด</translation>
    </message>
    <message>
        <source>The line to the printer broke while sending ({problem}). Check whether the label came out: Confirm printed, or Reprint.</source>
        <translation>การเชื่อมต่อกับเครื่องพิมพ์ขาดระหว่างส่ง ({problem}) ตรวจว่าฉลากออกมาหรือไม่: ยืนยันว่าพิมพ์แล้ว หรือ พิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>Label sent, then: {status}. Check whether it came out: Confirm printed, or Reprint.</source>
        <translation>ส่งฉลากแล้ว จากนั้น: {status} ตรวจว่าฉลากออกมาหรือไม่: ยืนยันว่าพิมพ์แล้ว หรือ พิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>test label sent; printer: {status}</source>
        <translation>ส่งฉลากทดสอบแล้ว เครื่องพิมพ์: {status}</translation>
    </message>
    <message>
        <source>test label not confirmed: {reason}</source>
        <translation>ยืนยันฉลากทดสอบไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>test label sent</source>
        <translation>ส่งฉลากทดสอบแล้ว</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Exporting</source>
        <translation>กำลังส่งออก</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>กำลังเตรียม…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <source>Exporting {done} of {total}: {what}</source>
        <translation>กำลังส่งออก {done} จาก {total}: {what}</translation>
    </message>
    <message>
        <source>Export cancelled; the files written so far are incomplete.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไฟล์ที่เขียนไปแล้วไม่ครบ</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>เกิดข้อผิดพลาด (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>กำลังส่งออกหลักฐาน</translation>
    </message>
    <message>
        <source>Preparing the evidence pack…</source>
        <translation>กำลังเตรียมชุดหลักฐาน…</translation>
    </message>
    <message>
        <source>No orders to export.</source>
        <translation>ไม่มีออเดอร์ให้ส่งออก</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>ชีต Seller Center</translation>
    </message>
    <message>
        <source>Collecting the handed-over orders…</source>
        <translation>กำลังรวบรวมออเดอร์ที่ส่งมอบแล้ว…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>ออเดอร์</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>ขนส่ง</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>ส่งภายใน</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>เวลาที่เหลือ</translation>
    </message>
    <message>
        <source>Packable in</source>
        <translation>แพ็กได้ใน</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>ใกล้ถึงกำหนด</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>ปกติ</translation>
    </message>
    <message>
        <source>{h} h {m} m</source>
        <translation>{h} ชม. {m} นาที</translation>
    </message>
    <message>
        <source>{m} m {s} s</source>
        <translation>{m} นาที {s} วิ</translation>
    </message>
    <message>
        <source>overdue {time}</source>
        <translation>เลยกำหนด {time}</translation>
    </message>
    <message>
        <source>when the marketplace releases it</source>
        <translation>เมื่อมาร์เก็ตเพลสปล่อยออเดอร์</translation>
    </message>
    <message>
        <source>hold ended: released at the next marketplace pull</source>
        <translation>หมดเวลาพัก: จะปล่อยเมื่อดึงข้อมูลจากมาร์เก็ตเพลสรอบถัดไป</translation>
    </message>
    <message>
        <source> (the {count} most urgent shown)</source>
        <translation> (แสดง {count} ออเดอร์ที่ด่วนที่สุด)</translation>
    </message>
    <message>
        <source>; {count} waiting for stock, listed last</source>
        <translation>; {count} รอสต็อก อยู่ท้ายรายการ</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>ออเดอร์ถัดไป</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n order(s) ready to pack</source>
        <translation>
            <numerusform>%n ออเดอร์รอแพ็ก</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold at the marketplace (not packable yet)</source>
        <translation>
            <numerusform>%n ออเดอร์ถูกพักที่มาร์เก็ตเพลส (ยังแพ็กไม่ได้)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Damaged item</source>
        <translation>สินค้าเสียหาย</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>ที่อยู่มีปัญหา</translation>
    </message>
    <message>
        <source>Customer asked</source>
        <translation>ลูกค้าขอ</translation>
    </message>
    <message>
        <source>Box not available</source>
        <translation>ไม่มีกล่อง</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>ปัญหาอื่น</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>สแกนซ้ำสองครั้ง</translation>
    </message>
    <message>
        <source>Wrong item put back</source>
        <translation>สินค้าผิด นำกลับคืนแล้ว</translation>
    </message>
    <message>
        <source>Scanned by mistake</source>
        <translation>สแกนผิด</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>สินค้าหมด</translation>
    </message>
    <message>
        <source>Not found at location</source>
        <translation>หาไม่เจอที่ตำแหน่ง</translation>
    </message>
    <message>
        <source>Damaged, no replacement</source>
        <translation>เสียหาย ไม่มีของแทน</translation>
    </message>
    <message>
        <source>Label damaged</source>
        <translation>ฉลากเสียหาย</translation>
    </message>
    <message>
        <source>Label did not come out</source>
        <translation>ฉลากไม่ออกมา</translation>
    </message>
    <message>
        <source>Printed faint or smudged</source>
        <translation>พิมพ์จางหรือเลอะ</translation>
    </message>
    <message>
        <source>Stuck on the wrong parcel</source>
        <translation>ติดผิดกล่อง</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>ที่อยู่ผิด</translation>
    </message>
    <message>
        <source>Wrong carrier</source>
        <translation>ขนส่งผิด</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>ออเดอร์ถูกยกเลิก</translation>
    </message>
    <message>
        <source>Duplicate label</source>
        <translation>ฉลากซ้ำ</translation>
    </message>
</context>
<context>
    <name>ReasonPrompt</name>
    <message>
        <source>type a number or the reason, then Enter</source>
        <translation>พิมพ์หมายเลขหรือเหตุผล แล้วกด Enter</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Return of order {order} resumed where it was.</source>
        <translation>ทำการคืนสินค้าของออเดอร์ {order} ต่อจากเดิม</translation>
    </message>
    <message>
        <source>No stable weight from the scale: put the parcel on it and weigh again.</source>
        <translation>ตาชั่งยังไม่นิ่ง: วางพัสดุบนตาชั่งแล้วชั่งใหม่</translation>
    </message>
    <message>
        <source>No camera on this station: returns are photographed on camera.</source>
        <translation>สถานีนี้ไม่มีกล้อง: สินค้าคืนต้องถ่ายรูปด้วยกล้อง</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored and hashed.</source>
        <translation>บันทึกรูป &apos;{kind}&apos; แล้ว</translation>
    </message>
    <message>
        <source>Next unit DAMAGED: photograph the damage, then scan the unit.</source>
        <translation>ชิ้นถัดไป เสียหาย: ถ่ายรูปความเสียหาย แล้วสแกนชิ้นนั้น</translation>
    </message>
    <message>
        <source>Damaged cancelled.</source>
        <translation>ยกเลิกการแจ้งเสียหายแล้ว</translation>
    </message>
    <message>
        <source>Return received: {outcome}. Decision due {due}.</source>
        <translation>รับของคืนแล้ว: {outcome} ต้องตัดสินใจภายใน {due}</translation>
    </message>
    <message>
        <source>Return of order {order}: grade each unit, then decide.</source>
        <translation>คืนสินค้าของออเดอร์ {order}: ให้เกรดทีละชิ้น แล้วตัดสินใจ</translation>
    </message>
    <message>
        <source>Unit {seq} graded {grade}.</source>
        <translation>ชิ้นที่ {seq} ได้เกรด {grade}</translation>
    </message>
    <message>
        <source>No supervisor check on this station: decide from the command line.</source>
        <translation>สถานีนี้ตรวจหัวหน้างานไม่ได้: ตัดสินใจจากบรรทัดคำสั่ง</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>ไม่ใช่หัวหน้างาน</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> ไปที่ {bin}</translation>
    </message>
    <message>
        <source>Unit {seq}: {decision}{where}, decided by {who}.</source>
        <translation>ชิ้นที่ {seq}: {decision}{where} ตัดสินโดย {who}</translation>
    </message>
    <message>
        <source>Every unit decided ({who}). Esc: back to returns.</source>
        <translation>ตัดสินครบทุกชิ้นแล้ว ({who}) Esc: กลับไปหน้าคืนสินค้า</translation>
    </message>
    <message>
        <source>Scan the returned parcel: its label, the return id or the order id.</source>
        <translation>สแกนพัสดุที่ตีกลับ: ฉลาก รหัสคืนสินค้า หรือเลขออเดอร์</translation>
    </message>
    <message>
        <source>Grade each unit, then a supervisor decides: restock (to a bin), refurbish or dispose.</source>
        <translation>ให้เกรดทีละชิ้น แล้วหัวหน้างานตัดสิน: เก็บเข้าสต็อก (ช่องเก็บ) ซ่อม หรือทิ้ง</translation>
    </message>
    <message>
        <source>Scan the next returned parcel.</source>
        <translation>สแกนพัสดุตีกลับกล่องถัดไป</translation>
    </message>
    <message>
        <source>Put the parcel on the scale and weigh it.</source>
        <translation>วางพัสดุบนตาชั่งแล้วชั่ง</translation>
    </message>
    <message>
        <source>Photograph: {kind}.</source>
        <translation>ถ่ายรูป: {kind}</translation>
    </message>
    <message>
        <source>Photograph the damage, then scan the damaged unit.</source>
        <translation>ถ่ายรูปความเสียหาย แล้วสแกนชิ้นที่เสียหาย</translation>
    </message>
    <message>
        <source>Scan each unit out of the parcel; finish when the parcel is empty.</source>
        <translation>สแกนสินค้าทีละชิ้นที่เอาออกจากพัสดุ เสร็จเมื่อกล่องว่าง</translation>
    </message>
    <message>
        <source>Every unit is back: finish the return.</source>
        <translation>ได้สินค้าคืนครบทุกชิ้น: ปิดการคืนสินค้า</translation>
    </message>
    <message>
        <source>Return of order {order} open ({found}).</source>
        <translation>เปิดการคืนสินค้าของออเดอร์ {order} ({found})</translation>
    </message>
    <message>
        <source>Photo not stored: {fault}</source>
        <translation>ไม่ได้บันทึกรูป: {fault}</translation>
    </message>
    <message>
        <source>Log in first (badge or PIN).</source>
        <translation>เข้าสู่ระบบก่อน (บัตรหรือ PIN)</translation>
    </message>
    <message>
        <source>Scan a returned parcel first.</source>
        <translation>สแกนพัสดุตีกลับก่อน</translation>
    </message>
    <message>
        <source>Finish unboxing the return first (or pick one from the queue).</source>
        <translation>แกะกล่องคืนสินค้าให้เสร็จก่อน (หรือเลือกจากคิว)</translation>
    </message>
    <message>
        <source>Scan the returned parcel&apos;s label, its return id or the order id.</source>
        <translation>สแกนฉลากพัสดุตีกลับ รหัสคืนสินค้า หรือเลขออเดอร์</translation>
    </message>
    <message>
        <source>That code is {length} characters long (at most {most}): scan it again.</source>
        <translation>รหัสนี้ยาว {length} ตัวอักษร (ไม่เกิน {most}): สแกนอีกครั้ง</translation>
    </message>
    <message>
        <source>Order {order} was cancelled and never shipped: this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>ออเดอร์ {order} ถูกยกเลิกและไม่เคยส่งออก: พัสดุนี้ไม่ใช่สินค้าคืนของออเดอร์นี้ วางพัสดุแยกไว้ให้หัวหน้างาน</translation>
    </message>
    <message>
        <source>Order {order} was never shipped (it is {status}): this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>ออเดอร์ {order} ยังไม่เคยส่งออก (สถานะ {status}): พัสดุนี้ไม่ใช่สินค้าคืนของออเดอร์นี้ วางพัสดุแยกไว้ให้หัวหน้างาน</translation>
    </message>
    <message>
        <source>{code}: not one of our products (not ours).</source>
        <translation>{code}: ไม่ใช่สินค้าของเรา (ไม่ใช่ของเรา)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ไม่มีอะไร</translation>
    </message>
    <message>
        <source>Wrong item: {sku} came back; the order shipped {shipped}.</source>
        <translation>สินค้าผิด: {sku} ถูกส่งคืนมา แต่ออเดอร์ส่งออกไป {shipped}</translation>
    </message>
    <message>
        <source>{sku} damaged ({count} of {quantity}).</source>
        <translation>{sku} เสียหาย ({count} จาก {quantity})</translation>
    </message>
    <message>
        <source>{sku} returned ({count} of {quantity}).</source>
        <translation>{sku} คืนมาแล้ว ({count} จาก {quantity})</translation>
    </message>
    <message>
        <source>{sku}: all {total} shipped already scanned back. Scanned twice? Nothing recorded.</source>
        <translation>{sku}: สแกนคืนครบทั้ง {total} ชิ้นที่ส่งไปแล้ว สแกนซ้ำหรือเปล่า? ไม่ได้บันทึกอะไร</translation>
    </message>
    <message>
        <source>No outbound weight on record.</source>
        <translation>ไม่มีน้ำหนักตอนส่งออกในระบบ</translation>
    </message>
    <message>
        <source>Outbound {outbound} g; weigh the parcel as it arrived.</source>
        <translation>ตอนส่งออก {outbound} g ชั่งพัสดุตามที่ได้รับมา</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): the same weight as it left.</source>
        <translation>รับมา {arrived} g ส่งออก {shipped} g ({diff} g): น้ำหนักเท่าตอนส่งออก</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): lighter than it left by more than {tolerance} g.</source>
        <translation>รับมา {arrived} g ส่งออก {shipped} g ({diff} g): เบากว่าตอนส่งออกเกิน {tolerance} g</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): heavier than it left by more than {tolerance} g.</source>
        <translation>รับมา {arrived} g ส่งออก {shipped} g ({diff} g): หนักกว่าตอนส่งออกเกิน {tolerance} g</translation>
    </message>
    <message>
        <source>Weight {grams} g is not a parcel&apos;s weight (0..{most} g); weigh it again.</source>
        <translation>น้ำหนัก {grams} g ไม่ใช่น้ำหนักพัสดุ (0..{most} g) ชั่งใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>An announced return needs its RMA id or its return tracking number.</source>
        <translation>การแจ้งคืนสินค้าต้องมีเลข RMA หรือเลขพัสดุขากลับ</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>ไม่มีออเดอร์ {order}</translation>
    </message>
    <message>
        <source>A return with id {code} is already recorded.</source>
        <translation>มีการคืนสินค้ารหัส {code} บันทึกไว้แล้ว</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no order, tracking number or return id matches. Put it aside for a supervisor.</source>
        <translation>ไม่รู้จักพัสดุ {code}: ไม่ตรงกับออเดอร์ เลขพัสดุ หรือรหัสคืนสินค้าใด วางแยกไว้ให้หัวหน้างาน</translation>
    </message>
    <message>
        <source>Order {order} came back already (return {id}, {state}). A supervisor looks at a second return.</source>
        <translation>ออเดอร์ {order} ถูกคืนมาแล้ว (การคืน {id}, {state}) การคืนครั้งที่สองให้หัวหน้างานดู</translation>
    </message>
    <message>
        <source>Unknown return photo &apos;{kind}&apos;: {kinds}.</source>
        <translation>ไม่รู้จักรูปคืนสินค้า &apos;{kind}&apos;: {kinds}</translation>
    </message>
    <message>
        <source>No return {id}.</source>
        <translation>ไม่มีการคืนสินค้า {id}</translation>
    </message>
    <message>
        <source>Return {id} is {state}: unboxing is finished.</source>
        <translation>การคืน {id} อยู่ในสถานะ {state}: แกะกล่องเสร็จแล้ว</translation>
    </message>
    <message>
        <source>The order {order} of this return is no longer on this station.</source>
        <translation>ออเดอร์ {order} ของการคืนนี้ไม่อยู่ที่โต๊ะแพ็กนี้แล้ว</translation>
    </message>
    <message>
        <source>this parcel</source>
        <translation>พัสดุนี้</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>ออเดอร์ {order}</translation>
    </message>
    <message>
        <source>{code} is the label of {which}, not a unit: scan the units, or finish this return first.</source>
        <translation>{code} เป็นฉลากของ{which} ไม่ใช่สินค้า: สแกนสินค้าทีละชิ้น หรือปิดการคืนนี้ก่อน</translation>
    </message>
    <message>
        <source>A damaged unit needs a photo of the damage: take the damage photo, then scan it again.</source>
        <translation>สินค้าที่เสียหายต้องมีรูปถ่ายความเสียหาย: ถ่ายรูปความเสียหาย แล้วสแกนอีกครั้ง</translation>
    </message>
    <message>
        <source>Photos still needed: {kinds}.</source>
        <translation>ยังต้องถ่ายรูป: {kinds}</translation>
    </message>
    <message>
        <source>Weigh the parcel as it arrived first (it is compared with the outbound weight).</source>
        <translation>ชั่งพัสดุตามที่ได้รับมาก่อน (จะเทียบกับน้ำหนักตอนส่งออก)</translation>
    </message>
    <message>
        <source>Unit {seq} is already restocked to {bin}: move it there with a stock adjustment.</source>
        <translation>ชิ้นที่ {seq} เก็บเข้าสต็อกที่ {bin} แล้ว: ย้ายด้วยการปรับสต็อก</translation>
    </message>
    <message>
        <source>The central store does not answer: the unit is not restocked. Decide again when it is back.</source>
        <translation>ระบบคลังกลางไม่ตอบ: ยังไม่ได้เก็บเข้าสต็อก ตัดสินใหม่เมื่อระบบกลับมา</translation>
    </message>
    <message>
        <source>Return {id} is {state}: not now.</source>
        <translation>การคืน {id} อยู่ในสถานะ {state}: ยังทำตอนนี้ไม่ได้</translation>
    </message>
    <message>
        <source>Return {id} has no unit {seq}.</source>
        <translation>การคืน {id} ไม่มีชิ้นที่ {seq}</translation>
    </message>
</context>
<context>
    <name>ReturnsDecide</name>
    <message>
        <source>Resellable</source>
        <translation>ขายต่อได้</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>ซ่อมปรับสภาพ</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>ตัดจำหน่าย</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>เก็บเข้าสต็อก</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>ทิ้ง</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>ยังไม่ให้เกรด</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>ยังไม่ตัดสิน</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> ไปที่ {bin}</translation>
    </message>
    <message>
        <source>{decision}{where} by {who}</source>
        <translation>{decision}{where} โดย {who}</translation>
    </message>
    <message>
        <source>bin to restock to</source>
        <translation>ช่องเก็บที่จะเก็บเข้า</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>PIN หัวหน้างาน หรือสแกนบัตรหัวหน้างาน</translation>
    </message>
    <message>
        <source>Decide (supervisor)</source>
        <translation>ตัดสิน (หัวหน้างาน)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>เกรด</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>การตัดสิน</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Something went wrong ({fault}); the return stays as it was.</source>
        <translation>เกิดข้อผิดพลาด ({fault}) การคืนสินค้ายังคงเดิม</translation>
    </message>
    <message>
        <source>No returns waiting for a decision.</source>
        <translation>ไม่มีของคืนที่รอตัดสินใจ</translation>
    </message>
    <message>
        <source>Waiting for a decision: {count}</source>
        <translation>รอตัดสินใจ: {count}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>เลยกำหนด</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>เหลือ {hours} ชม.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>คืนสินค้า</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>ขาออก</translation>
    </message>
    <message>
        <source>Returns: scan the returned parcel (its label, the return id or the order id)</source>
        <translation>คืนสินค้า: สแกนพัสดุที่ตีกลับ (ฉลาก รหัสคืนสินค้า หรือเลขออเดอร์)</translation>
    </message>
    <message>
        <source>unboxing</source>
        <translation>กำลังแกะกล่อง</translation>
    </message>
    <message>
        <source>received: {outcome}</source>
        <translation>รับแล้ว: {outcome}</translation>
    </message>
    <message>
        <source>Return of order {order} ({found}), {state}</source>
        <translation>คืนสินค้าของออเดอร์ {order} ({found}), {state}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>NEXT UNIT DAMAGED</source>
        <translation>ชิ้นถัดไปเสียหาย</translation>
    </message>
    <message>
        <source>Photos taken: {count} · still needed: {needed}</source>
        <translation>ถ่ายแล้ว: {count} รูป · ยังต้องถ่าย: {needed}</translation>
    </message>
    <message>
        <source>{back} of {shipped} back</source>
        <translation>คืนแล้ว {back} จาก {shipped}</translation>
    </message>
    <message>
        <source>, {count} missing</source>
        <translation>, ขาด {count}</translation>
    </message>
    <message>
        <source>Packed by {packer} at {station}</source>
        <translation>แพ็กโดย {packer} ที่ {station}</translation>
    </message>
    <message>
        <source>Weight {weight} · {count} proof photo(s)</source>
        <translation>น้ำหนัก {weight} · รูปหลักฐาน {count} รูป</translation>
    </message>
    <message>
        <source>Shipped {when} · manifest {manifest}</source>
        <translation>ส่งเมื่อ {when} · ใบส่งมอบ {manifest}</translation>
    </message>
    <message>
        <source>Decision due {due}</source>
        <translation>ต้องตัดสินใจภายใน {due}</translation>
    </message>
    <message>
        <source>Back to returns</source>
        <translation>กลับไปหน้าคืนสินค้า</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>ชั่ง</translation>
    </message>
    <message>
        <source>Finish return</source>
        <translation>ปิดการคืนสินค้า</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>Damaged unit</source>
        <translation>ชิ้นเสียหาย</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>กลับ</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Reviewing orders</source>
        <translation>การตรวจสอบออเดอร์</translation>
    </message>
    <message>
        <source>{count} photo(s) verified</source>
        <translation>ยืนยันรูปแล้ว {count} รูป</translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation>พบปัญหา {count} รายการ</translation>
    </message>
    <message>
        <source>Label preview is not available on this station.</source>
        <translation>โต๊ะแพ็กนี้ดูตัวอย่างฉลากไม่ได้</translation>
    </message>
    <message>
        <source>parcel {number}: the label cannot be drawn (the log has the details)</source>
        <translation>พัสดุ {number}: สร้างภาพฉลากไม่ได้ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>no parcel has been packed yet</source>
        <translation>ยังไม่ได้แพ็กพัสดุเลย</translation>
    </message>
    <message>
        <source>Order {order} is not flagged.</source>
        <translation>ออเดอร์ {order} ไม่ได้ติดธง</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>ไม่มีออเดอร์ {order}</translation>
    </message>
    <message>
        <source>Write a note saying what the dispute is about.</source>
        <translation>เขียนหมายเหตุว่าข้อพิพาทเกี่ยวกับอะไร</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {most}).</source>
        <translation>หมายเหตุยาวเกินไป ({length} ตัวอักษร ไม่เกิน {most})</translation>
    </message>
    <message>
        <source>The date range is empty: &apos;from&apos; must be before &apos;to&apos;.</source>
        <translation>ช่วงวันที่ว่าง: วันเริ่มต้องอยู่ก่อนวันสิ้นสุด</translation>
    </message>
    <message>
        <source>Type at least one character before &apos;*&apos;.</source>
        <translation>พิมพ์อย่างน้อยหนึ่งตัวอักษรก่อน &apos;*&apos;</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>การเปิดหน้าต่างตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {name}</source>
        <translation>ตรวจสอบ — {name}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Packer metrics</source>
        <translation>สถิติคนแพ็ก</translation>
    </message>
    <message>
        <source>Delivery exceptions</source>
        <translation>ปัญหาการจัดส่ง</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>ส่งมอบ</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>มาร์เก็ตเพลส</translation>
    </message>
    <message>
        <source>Seller Center sheet…</source>
        <translation>ชีต Seller Center…</translation>
    </message>
    <message>
        <source>Write the TikTok Shop bulk-shipping sheet of the handed-over orders not yet reported</source>
        <translation>เขียนชีตส่งสินค้าแบบกลุ่มของ TikTok Shop สำหรับออเดอร์ที่ส่งมอบแล้วแต่ยังไม่ได้แจ้ง</translation>
    </message>
    <message>
        <source>Evidence export is not available on this station.</source>
        <translation>โต๊ะแพ็กนี้ส่งออกหลักฐานไม่ได้</translation>
    </message>
    <message>
        <source>Could not flag {order}: {reason}</source>
        <translation>ติดธง {order} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>Could not clear the flag of {order}: {reason}</source>
        <translation>ลบธงของ {order} ไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>เกิดข้อผิดพลาด (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>Order {order} flagged: {note}</source>
        <translation>ติดธงออเดอร์ {order} แล้ว: {note}</translation>
    </message>
    <message>
        <source>Flag of order {order} cleared</source>
        <translation>ลบธงของออเดอร์ {order} แล้ว</translation>
    </message>
    <message>
        <source>Export evidence packs to</source>
        <translation>ส่งออกชุดหลักฐานไปที่</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>เลือกออเดอร์ที่จะส่งออกก่อน</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>ส่งออกไม่สำเร็จ: {reason}</translation>
    </message>
    <message>
        <source>Evidence exported to {folder}</source>
        <translation>ส่งออกหลักฐานไปที่ {folder} แล้ว</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>ชีต Seller Center</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Seller Center sheet not written: {reason}</source>
        <translation>ไม่ได้เขียนชีต Seller Center: {reason}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>packer</source>
        <translation>พนักงานแพ็ก</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>หัวหน้างาน</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Put the parcel on the scale.</source>
        <translation>วางพัสดุบนตาชั่ง</translation>
    </message>
    <message>
        <source>Scale: {message}.</source>
        <translation>ตาชั่ง: {message}</translation>
    </message>
    <message>
        <source>Weighing... {grams} g</source>
        <translation>กำลังชั่ง... {grams} g</translation>
    </message>
    <message>
        <source>Weight {grams} g.</source>
        <translation>น้ำหนัก {grams} g</translation>
    </message>
    <message>
        <source>Scale {state}: {detail}.</source>
        <translation>ตาชั่ง {state}: {detail}</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale (it reads {grams} g): the next weight counts once it reads zero.</source>
        <translation>ยกพัสดุชิ้นก่อนออกจากตาชั่ง (ตอนนี้อ่านได้ {grams} g): น้ำหนักถัดไปจะนับเมื่อตาชั่งเป็นศูนย์</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale: the next weight counts once it reads zero.</source>
        <translation>ยกพัสดุชิ้นก่อนออกจากตาชั่ง: น้ำหนักถัดไปจะนับเมื่อตาชั่งเป็นศูนย์</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>{name} ({count} left)</source>
        <translation>{name} (เหลือ {count})</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>ไม่มีอะไรแล้ว</translation>
    </message>
    <message>
        <source>Empty scan: scan the item&apos;s barcode again.</source>
        <translation>สแกนว่าง: สแกนบาร์โค้ดสินค้าอีกครั้ง</translation>
    </message>
    <message>
        <source>That is order {other}&apos;s barcode, not an item. This order is {order}.</source>
        <translation>นี่คือบาร์โค้ดของออเดอร์ {other} ไม่ใช่สินค้า ออเดอร์นี้คือ {order}</translation>
    </message>
    <message>
        <source>The barcode {code} did not scan cleanly: scan it again, holding the item still and flat.</source>
        <translation>บาร์โค้ด {code} สแกนไม่ชัด: สแกนใหม่ ถือสินค้าให้นิ่งและเรียบ</translation>
    </message>
    <message>
        <source>This barcode ({code}) is not a product the station knows. Still to pick: {expected}.</source>
        <translation>บาร์โค้ดนี้ ({code}) ไม่ใช่สินค้าที่สถานีรู้จัก ยังต้องหยิบ: {expected}</translation>
    </message>
    <message>
        <source>Wrong item: {name} is not in this order; put it back. Still to pick: {expected}.</source>
        <translation>สินค้าผิด: {name} ไม่อยู่ในออเดอร์นี้ ให้วางคืน ยังต้องหยิบ: {expected}</translation>
    </message>
    <message>
        <source>Too many: {name} already {picked} / {quantity}. Put this one back.</source>
        <translation>เกินจำนวน: {name} ครบแล้ว {picked} / {quantity} เอาชิ้นนี้คืน</translation>
    </message>
</context>
<context>
    <name>ScanVerdict</name>
    <message>
        <source>ok</source>
        <translation>ถูกต้อง</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>ครบแล้ว</translation>
    </message>
    <message>
        <source>wrong_item</source>
        <translation>สินค้าผิด</translation>
    </message>
    <message>
        <source>over_scan</source>
        <translation>เกินจำนวน</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ไม่รู้จัก</translation>
    </message>
    <message>
        <source>other_order</source>
        <translation>ออเดอร์อื่น</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>สแกนว่าง</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>อ่านไม่ได้</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>(any)</source>
        <translation>(ทั้งหมด)</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>ติดธง</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>ไม่ติดธง</translation>
    </message>
    <message>
        <source>order id (end with * for a prefix)</source>
        <translation>เลขออเดอร์ (ลงท้ายด้วย * เพื่อค้นคำขึ้นต้น)</translation>
    </message>
    <message>
        <source>tracking number (end with * for a prefix)</source>
        <translation>เลขพัสดุ (ลงท้ายด้วย * เพื่อค้นคำขึ้นต้น)</translation>
    </message>
    <message>
        <source>recipient name starts with…</source>
        <translation>ชื่อผู้รับขึ้นต้นด้วย…</translation>
    </message>
    <message>
        <source>anywhere in the name (slower)</source>
        <translation>ตรงส่วนใดก็ได้ของชื่อ (ช้ากว่า)</translation>
    </message>
    <message>
        <source>packer user id</source>
        <translation>รหัสผู้ใช้คนแพ็ก</translation>
    </message>
    <message>
        <source>station</source>
        <translation>โต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>กิจกรรมล่าสุด</translation>
    </message>
    <message>
        <source>Ship-by deadline</source>
        <translation>กำหนดส่ง</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>ออเดอร์</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>เลขพัสดุ</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>ผู้รับ</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>คนแพ็ก</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>โต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>ธง</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>เปิดออเดอร์</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>ติดธงข้อพิพาท…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>ส่งออกที่เลือก…</translation>
    </message>
    <message>
        <source>Export whole search…</source>
        <translation>ส่งออกผลการค้นหาทั้งหมด…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>กำลังค้นหา…</translation>
    </message>
    <message>
        <source>The search failed (the log has the details).</source>
        <translation>ค้นหาไม่สำเร็จ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>เลือกออเดอร์ก่อน</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>ไม่มีออเดอร์ที่ตรงกัน</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n ออเดอร์</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ order(s) (scroll for more)</source>
        <translation>
            <numerusform>%n+ ออเดอร์ (เลื่อนลงเพื่อดูเพิ่ม)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station name</source>
        <translation>ชื่อโต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>Scanner URL</source>
        <translation>URL สแกนเนอร์</translation>
    </message>
    <message>
        <source>Scale URL</source>
        <translation>URL ตาชั่ง</translation>
    </message>
    <message>
        <source>Printer URL</source>
        <translation>URL เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Camera URL</source>
        <translation>URL กล้อง</translation>
    </message>
    <message>
        <source>Weight tolerance (g)</source>
        <translation>น้ำหนักคลาดเคลื่อนได้ (ก.)</translation>
    </message>
    <message>
        <source>Weight tolerance (%)</source>
        <translation>น้ำหนักคลาดเคลื่อนได้ (%)</translation>
    </message>
    <message>
        <source>Required photos (comma separated)</source>
        <translation>รูปที่ต้องถ่าย (คั่นด้วยจุลภาค)</translation>
    </message>
    <message>
        <source>Idle lock (minutes, 0 = off)</source>
        <translation>ล็อกเมื่อไม่ใช้งาน (นาที, 0 = ปิด)</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>ทดสอบ</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>ค้นหาอุปกรณ์</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>ตั้งค่าโต๊ะแพ็ก</translation>
    </message>
    <message>
        <source>found {ports} serial port(s), {cameras} camera(s); pick from each list</source>
        <translation>พบพอร์ตอนุกรม {ports} พอร์ต กล้อง {cameras} ตัว เลือกจากแต่ละรายการ</translation>
    </message>
    <message>
        <source>Looking for devices</source>
        <translation>การค้นหาอุปกรณ์</translation>
    </message>
    <message>
        <source>{device}: {result}</source>
        <translation>{device}: {result}</translation>
    </message>
    <message>
        <source>change what is needed, Save, then Esc to go back</source>
        <translation>แก้ที่ต้องการ กด บันทึก แล้วกด Esc เพื่อกลับ</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>ปิดการตั้งค่า</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner (USB, types into the scan field)</source>
        <translation>เครื่องสแกนแบบคีย์บอร์ด (USB พิมพ์ลงในช่องสแกน)</translation>
    </message>
    <message>
        <source>Simulated scanner (no hardware)</source>
        <translation>เครื่องสแกนจำลอง (ไม่มีฮาร์ดแวร์)</translation>
    </message>
    <message>
        <source>Simulated scale (no hardware)</source>
        <translation>ตาชั่งจำลอง (ไม่มีฮาร์ดแวร์)</translation>
    </message>
    <message>
        <source>No scale: weights typed in by hand</source>
        <translation>ไม่มีตาชั่ง: ป้อนน้ำหนักด้วยมือ</translation>
    </message>
    <message>
        <source>Serial scanner on {where}, 9600 baud</source>
        <translation>เครื่องสแกนอนุกรมที่ {where} 9600 baud</translation>
    </message>
    <message>
        <source>Scale on {where}, MT-SICS (asked)</source>
        <translation>ตาชั่งที่ {where} แบบ MT-SICS (ถามค่า)</translation>
    </message>
    <message>
        <source>Scale on {where}, continuous output</source>
        <translation>ตาชั่งที่ {where} ส่งค่าต่อเนื่อง</translation>
    </message>
    <message>
        <source>Simulated printer (no hardware)</source>
        <translation>เครื่องพิมพ์จำลอง (ไม่มีฮาร์ดแวร์)</translation>
    </message>
    <message>
        <source>Save labels as files in {folder}</source>
        <translation>บันทึกฉลากเป็นไฟล์ใน {folder}</translation>
    </message>
    <message>
        <source>USB printer at {device}</source>
        <translation>เครื่องพิมพ์ USB ที่ {device}</translation>
    </message>
    <message>
        <source>Printer queue {queue} (CUPS)</source>
        <translation>คิวเครื่องพิมพ์ {queue} (CUPS)</translation>
    </message>
    <message>
        <source>Network printer: replace HOST with its address</source>
        <translation>เครื่องพิมพ์เครือข่าย: แทน HOST ด้วยที่อยู่ของเครื่อง</translation>
    </message>
    <message>
        <source>Simulated camera (no hardware)</source>
        <translation>กล้องจำลอง (ไม่มีฮาร์ดแวร์)</translation>
    </message>
    <message>
        <source>Camera {index} ({width}x{height})</source>
        <translation>กล้อง {index} ({width}x{height})</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>looking for devices …</source>
        <translation>กำลังค้นหาอุปกรณ์ …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>กำลังทดสอบ …</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ไม่ผ่าน</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{count} order(s) written to {path} ({format})</source>
        <translation>เขียน {count} ออเดอร์ลงใน {path} ({format}) แล้ว</translation>
    </message>
    <message>
        <source>{count} order(s) already reported left out (--again to include)</source>
        <translation>ข้าม {count} ออเดอร์ที่แจ้งไปแล้ว (--again เพื่อรวมด้วย)</translation>
    </message>
    <message>
        <source>{count} split order(s) left out (several parcels with different tracking numbers; ship them through the API or by hand): {orders}</source>
        <translation>ข้าม {count} ออเดอร์ที่แยกกล่อง (หลายพัสดุที่มีเลขพัสดุต่างกัน ส่งผ่าน API หรือทำเอง): {orders}</translation>
    </message>
    <message>
        <source>{count} order(s) shipped with the marketplace&apos;s own label left out (it knows their tracking numbers)</source>
        <translation>ข้าม {count} ออเดอร์ที่ส่งด้วยฉลากของมาร์เก็ตเพลส (มาร์เก็ตเพลสรู้เลขพัสดุอยู่แล้ว)</translation>
    </message>
    <message>
        <source>{count} order(s) without a tracking number left out</source>
        <translation>ข้าม {count} ออเดอร์ที่ไม่มีเลขพัสดุ</translation>
    </message>
    <message>
        <source>carrier {carrier} ({count} order(s)) is not in the provider table; written as it is (add it under [channels.provider_names])</source>
        <translation>ขนส่ง {carrier} ({count} ออเดอร์) ไม่อยู่ในตารางผู้ให้บริการ เขียนตามที่เป็นอยู่ (เพิ่มใน [channels.provider_names])</translation>
    </message>
</context>
<context>
    <name>SimPanel</name>
    <message>
        <source>Simulated scanner</source>
        <translation>เครื่องสแกนจำลอง</translation>
    </message>
    <message>
        <source>click to scan</source>
        <translation>คลิกเพื่อสแกน</translation>
    </message>
    <message>
        <source>Next order in queue</source>
        <translation>ออเดอร์ถัดไปในคิว</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>บาร์โค้ดที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>Simulated scale</source>
        <translation>ตาชั่งจำลอง</translation>
    </message>
    <message>
        <source>Wrong weight (+20 % and 150 g)</source>
        <translation>น้ำหนักผิด (+20 % และ 150 g)</translation>
    </message>
    <message>
        <source>Empty scale</source>
        <translation>ตาชั่งว่าง</translation>
    </message>
    <message>
        <source>Wrong weight: open an order at the Pack step first.</source>
        <translation>น้ำหนักผิด: เปิดออเดอร์ที่ขั้นแพ็กก่อน</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>คิวว่าง</translation>
    </message>
</context>
<context>
    <name>Staged</name>
    <message>
        <source>Nothing staged for collection.</source>
        <translation>ไม่มีพัสดุรอขนส่งมารับ</translation>
    </message>
    <message>
        <source>Next collection due: order {order} ({carrier}) by {when}</source>
        <translation>รอบรับถัดไป: ออเดอร์ {order} ({carrier}) ภายใน {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staged for collection&lt;/b&gt; (F12: dispatch)</source>
        <translation>&lt;b&gt;รอขนส่งมารับ&lt;/b&gt; (F12: ส่งมอบ)</translation>
    </message>
    <message>
        <source>Reading the staged parcels</source>
        <translation>การอ่านพัสดุที่รอส่ง</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing} ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Log in first: scan your badge or type your PIN.</source>
        <translation>เข้าสู่ระบบก่อน: สแกนบัตรหรือพิมพ์ PIN</translation>
    </message>
    <message>
        <source>No order is open: scan an order or press F2.</source>
        <translation>ยังไม่มีออเดอร์เปิดอยู่: สแกนออเดอร์หรือกด F2</translation>
    </message>
    <message>
        <source>This</source>
        <translation>การนี้</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>ไม่ใช่หัวหน้างาน</translation>
    </message>
    <message>
        <source>{message} — all items verified. Pack it.</source>
        <translation>{message} — ตรวจสินค้าครบแล้ว แพ็กได้เลย</translation>
    </message>
    <message>
        <source>Box {box} for parcel {parcel}.</source>
        <translation>กล่อง {box} สำหรับพัสดุ {parcel}</translation>
    </message>
    <message>
        <source>Choosing the box</source>
        <translation>การเลือกกล่อง</translation>
    </message>
    <message>
        <source>Order split into {count} parcels: weigh parcel {parcel}.</source>
        <translation>แยกออเดอร์เป็น {count} กล่อง: ชั่งพัสดุ {parcel}</translation>
    </message>
    <message>
        <source>Adding a parcel</source>
        <translation>การเพิ่มพัสดุ</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>การชั่ง</translation>
    </message>
    <message>
        <source>Packed in {count} parcel(s). {labels}</source>
        <translation>แพ็กเป็น {count} กล่อง {labels}</translation>
    </message>
    <message>
        <source>Finishing packing</source>
        <translation>การจบการแพ็ก</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>การพิมพ์ฉลาก</translation>
    </message>
    <message>
        <source>Recording the label as printed</source>
        <translation>การบันทึกว่าพิมพ์ฉลากแล้ว</translation>
    </message>
    <message>
        <source>Retrying the label</source>
        <translation>การลองพิมพ์ฉลากอีกครั้ง</translation>
    </message>
    <message>
        <source>Reprinting the label</source>
        <translation>การพิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>Voiding the label</source>
        <translation>การยกเลิกฉลาก</translation>
    </message>
    <message>
        <source>Label printed: the printer took the waiting label.</source>
        <translation>พิมพ์ฉลากแล้ว: เครื่องพิมพ์รับฉลากที่รออยู่แล้ว</translation>
    </message>
    <message>
        <source>Taking proof photos</source>
        <translation>การถ่ายรูปหลักฐาน</translation>
    </message>
    <message>
        <source>Press {key} to take the photo.</source>
        <translation>กด {key} เพื่อถ่ายรูป</translation>
    </message>
    <message>
        <source>Recording the supervisor&apos;s decision</source>
        <translation>การบันทึกการตัดสินของหัวหน้างาน</translation>
    </message>
    <message>
        <source>{photos} Order {order} is done: {next}.</source>
        <translation>{photos} ออเดอร์ {order} เสร็จแล้ว: {next}</translation>
    </message>
    <message>
        <source>This station has no label service: labels cannot be printed here.</source>
        <translation>สถานีนี้ไม่มีระบบฉลาก: พิมพ์ฉลากที่นี่ไม่ได้</translation>
    </message>
    <message>
        <source>Label reprinted ({reason}). {labels}</source>
        <translation>พิมพ์ฉลากใหม่แล้ว ({reason}) {labels}</translation>
    </message>
    <message>
        <source>Label voided by {who} ({reason}); press {key} to print a new label.</source>
        <translation>{who} ยกเลิกฉลากแล้ว ({reason}): กด {key} เพื่อพิมพ์ฉลากใหม่</translation>
    </message>
    <message>
        <source>This station has no camera set up: a supervisor may waive the photos.</source>
        <translation>สถานีนี้ไม่ได้ตั้งกล้อง: หัวหน้างานยกเว้นรูปได้</translation>
    </message>
    <message>
        <source>Photos stored.</source>
        <translation>เก็บรูปแล้ว</translation>
    </message>
    <message>
        <source>Label photo accepted by {who}.</source>
        <translation>{who} ยอมรับรูปฉลากแล้ว</translation>
    </message>
    <message>
        <source>Photos waived by {who} (camera failing).</source>
        <translation>{who} ยกเว้นรูปแล้ว (กล้องมีปัญหา)</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>ส่งมอบแล้ว</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>ขนส่งของออเดอร์</translation>
    </message>
    <message>
        <source>staged for {carrier} ({location}): put it with that carrier&apos;s parcels</source>
        <translation>รอส่งให้ {carrier} ({location}): วางรวมกับพัสดุของขนส่งนั้น</translation>
    </message>
    <message>
        <source>staged for {carrier}: put it with that carrier&apos;s parcels</source>
        <translation>รอส่งให้ {carrier}: วางรวมกับพัสดุของขนส่งนั้น</translation>
    </message>
    <message>
        <source>No weight to accept: weigh the parcel first.</source>
        <translation>ไม่มีน้ำหนักให้ยอมรับ: ชั่งพัสดุก่อน</translation>
    </message>
    <message>
        <source>{code} is not a box. Scan a box code, or press {key} to weigh.</source>
        <translation>{code} ไม่ใช่กล่อง สแกนรหัสกล่อง หรือกด {key} เพื่อชั่ง</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>ไม่รู้จักกล่อง {code}</translation>
    </message>
    <message>
        <source>No stable weight yet: wait for the scale.</source>
        <translation>น้ำหนักยังไม่นิ่ง: รอตาชั่ง</translation>
    </message>
    <message>
        <source>Choose a box first.</source>
        <translation>เลือกกล่องก่อน</translation>
    </message>
    <message>
        <source>Admin {name} created. Log in with the PIN.</source>
        <translation>สร้างผู้ดูแลระบบ {name} แล้ว เข้าสู่ระบบด้วย PIN</translation>
    </message>
    <message>
        <source>Creating the first admin</source>
        <translation>การสร้างผู้ดูแลระบบคนแรก</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>การเข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Hello {name} ({role}).</source>
        <translation>สวัสดี {name} ({role})</translation>
    </message>
    <message>
        <source>{hello} Resumed order {order} at {step}.</source>
        <translation>{hello} ทำออเดอร์ {order} ต่อที่ขั้น {step}</translation>
    </message>
    <message>
        <source>Locked: the station was idle. Scan your badge or type your PIN.</source>
        <translation>ล็อกแล้ว: ไม่มีการใช้งานสถานี สแกนบัตรหรือพิมพ์ PIN</translation>
    </message>
    <message>
        <source>Logged out. Scan your badge or type your PIN.</source>
        <translation>ออกจากระบบแล้ว สแกนบัตรหรือพิมพ์ PIN</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>การออกจากระบบ</translation>
    </message>
    <message>
        <source>Opening settings</source>
        <translation>การเปิดการตั้งค่า</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}; after a restart: {later}.</source>
        <translation>บันทึกแล้ว: ใช้ทันที: {now} หลังรีสตาร์ต: {later}</translation>
    </message>
    <message>
        <source>Saved; after a restart: {later}.</source>
        <translation>บันทึกแล้ว: ใช้หลังรีสตาร์ต: {later}</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}.</source>
        <translation>บันทึกแล้ว: ใช้ทันที: {now}</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>การบันทึกการตั้งค่า</translation>
    </message>
    <message>
        <source>{refusal} (and no badge)</source>
        <translation>{refusal} (และไม่ใช่บัตร)</translation>
    </message>
    <message>
        <source>Taking the order</source>
        <translation>การรับออเดอร์</translation>
    </message>
    <message>
        <source>{central}. {taken}</source>
        <translation>{central} {taken}</translation>
    </message>
    <message>
        <source>Taking the next order</source>
        <translation>การรับออเดอร์ถัดไป</translation>
    </message>
    <message>
        <source>Order {order}: check it, then scan the first item.</source>
        <translation>ออเดอร์ {order}: ตรวจดู แล้วสแกนสินค้าชิ้นแรก</translation>
    </message>
    <message>
        <source>Starting to pick</source>
        <translation>การเริ่มหยิบ</translation>
    </message>
    <message>
        <source>Order {order} is {status}: finish it or put it on hold.</source>
        <translation>ออเดอร์ {order} อยู่ในสถานะ {status}: ทำให้เสร็จ หรือพักไว้</translation>
    </message>
    <message>
        <source>Putting the order back</source>
        <translation>การนำออเดอร์กลับเข้าคิว</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>รอฉลาก แล้วแปะบนพัสดุ</translation>
    </message>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>ขั้นนี้ไม่ใช้การสแกนนี้: {code}</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>การสแกน</translation>
    </message>
    <message>
        <source>Last scan undone ({reason}). Put that item back.</source>
        <translation>ยกเลิกการสแกนล่าสุดแล้ว ({reason}) วางสินค้าชิ้นนั้นคืน</translation>
    </message>
    <message>
        <source>Undoing the scan</source>
        <translation>การยกเลิกการสแกน</translation>
    </message>
    <message>
        <source>On hold: {reason}. A supervisor can release it.</source>
        <translation>พักไว้: {reason} หัวหน้างานปลดพักได้</translation>
    </message>
    <message>
        <source>Putting the order on hold</source>
        <translation>การพักออเดอร์</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>พิมพ์หมายเหตุ: ทำไมจึงยอมรับ?</translation>
    </message>
    <message>
        <source>Weight of parcel {parcel} accepted by {who}.</source>
        <translation>{who} ยอมรับน้ำหนักพัสดุ {parcel} แล้ว</translation>
    </message>
    <message>
        <source>Order {order} accepted short by {who}.</source>
        <translation>{who} ยอมรับออเดอร์ {order} แบบของขาดแล้ว</translation>
    </message>
    <message>
        <source>Order {order} released by {who}.</source>
        <translation>{who} ปลดพักออเดอร์ {order} แล้ว</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>การปลดพัก</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>การเปิดหน้าต่างตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>station {name}</source>
        <translation>โต๊ะแพ็ก {name}</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>ยังไม่ได้เข้าสู่ระบบ</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>ปิดคำแนะนำ</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ช่วยเหลือ</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>กลับไปแพ็ก</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>โหมดส่งมอบ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Review needs a supervisor: ask one to log in with their badge.</source>
        <translation>การตรวจสอบต้องใช้หัวหน้างาน: ให้หัวหน้างานเข้าสู่ระบบด้วยบัตร</translation>
    </message>
    <message>
        <source>People are managed by a supervisor or admin: ask one to log in.</source>
        <translation>การจัดการพนักงานทำโดยหัวหน้างานหรือแอดมิน: ให้คนใดคนหนึ่งเข้าระบบ</translation>
    </message>
    <message>
        <source>{command} is not available on this step.</source>
        <translation>ขั้นนี้ใช้ {command} ไม่ได้</translation>
    </message>
    <message>
        <source>Unknown command barcode {code}: print a new command sheet.</source>
        <translation>ไม่รู้จักบาร์โค้ดคำสั่ง {code}: พิมพ์แผ่นคำสั่งใหม่</translation>
    </message>
    <message>
        <source>Log in first, then press Ctrl+T for returns.</source>
        <translation>เข้าระบบก่อน แล้วกด Ctrl+T สำหรับสินค้าตีกลับ</translation>
    </message>
    <message>
        <source>Counting stock needs a supervisor: ask one to log in with their badge.</source>
        <translation>การนับสต็อกต้องใช้หัวหน้างาน: ให้หัวหน้างานสแกนบัตรเข้าระบบ</translation>
    </message>
    <message>
        <source> (did you mean {code}?)</source>
        <translation> (หมายถึง {code} ใช่ไหม?)</translation>
    </message>
    <message>
        <source>Scan not read: {reason}</source>
        <translation>อ่านการสแกนไม่ได้: {reason}</translation>
    </message>
    <message>
        <source>{device} is back.</source>
        <translation>{device} กลับมาแล้ว</translation>
    </message>
    <message>
        <source>Video: {message} Packing goes on; the order is marked video incomplete.</source>
        <translation>วิดีโอ: {message} แพ็กต่อได้ ออเดอร์จะถูกระบุว่าวิดีโอไม่ครบ</translation>
    </message>
    <message>
        <source>Video: {message}</source>
        <translation>วิดีโอ: {message}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Ready</source>
        <translation>พร้อมแพ็ก</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>หยิบแล้ว</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>ติดฉลากแล้ว</translation>
    </message>
    <message>
        <source>Photographed</source>
        <translation>ถ่ายรูปแล้ว</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>รอขนส่ง</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>ส่งมอบแล้ว</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>พักไว้</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>กำลังขนส่ง</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>ส่งถึงแล้ว</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>ล่าช้า</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>สูญหาย</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>คืนมา</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>กำลังนำส่ง</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>ส่งไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>เสียหาย</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Confirm</source>
        <translation>ยืนยัน</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>หยิบ</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>แพ็ก</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ฉลาก</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>ถ่ายรูป</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>{sku} ({needed} needed, {available} available)</source>
        <translation>{sku} (ต้องการ {needed} มี {available})</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>มีสต็อก</translation>
    </message>
    <message>
        <source>waiting for stock: {missing}</source>
        <translation>รอสต็อก: {missing}</translation>
    </message>
    <message>
        <source>low stock: {sku} has {available} available (alert at {threshold})</source>
        <translation>สต็อกใกล้หมด: {sku} เหลือพร้อมใช้ {available} (แจ้งเตือนที่ {threshold})</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>The count could not be read or written; nothing was changed, try again.</source>
        <translation>อ่านหรือบันทึกการนับไม่ได้ ไม่มีอะไรเปลี่ยน ลองอีกครั้ง</translation>
    </message>
    <message>
        <source>No units counted yet.</source>
        <translation>ยังไม่ได้นับสักชิ้น</translation>
    </message>
    <message>
        <source>  difference {diff}</source>
        <translation>  ต่าง {diff}</translation>
    </message>
    <message>
        <source>{sku}: counted {counted}, books {expected}</source>
        <translation>{sku}: นับได้ {counted}, ในระบบ {expected}</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label.</source>
        <translation>สแกนฉลากช่องเก็บ</translation>
    </message>
    <message>
        <source>Counted. Scan the next bin&apos;s label.</source>
        <translation>นับแล้ว สแกนฉลากช่องเก็บถัดไป</translation>
    </message>
    <message>
        <source>Scan the label of the bin to count.</source>
        <translation>สแกนฉลากช่องเก็บที่จะนับ</translation>
    </message>
    <message>
        <source>Scan every unit in bin {bin}, then confirm the count.</source>
        <translation>สแกนทุกชิ้นในช่องเก็บ {bin} แล้วยืนยันยอดนับ</translation>
    </message>
    <message>
        <source>Bin {bin}: scan each unit, then confirm.</source>
        <translation>ช่องเก็บ {bin}: สแกนทีละชิ้น แล้วยืนยัน</translation>
    </message>
    <message>
        <source>Nothing was read; scan again.</source>
        <translation>อ่านไม่ได้: สแกนอีกครั้ง</translation>
    </message>
    <message>
        <source>{code} is a product barcode: scan the bin&apos;s label first.</source>
        <translation>{code} เป็นบาร์โค้ดสินค้า: สแกนฉลากช่องเก็บก่อน</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: not counted.</source>
        <translation>ไม่รู้จักบาร์โค้ด {code}: ไม่นับ</translation>
    </message>
    <message>
        <source>No {sku} counted to take back.</source>
        <translation>ยังไม่ได้นับ {sku} ให้เอาออก</translation>
    </message>
    <message>
        <source>No unit counted to take back.</source>
        <translation>ยังไม่ได้นับชิ้นไหนให้เอาออก</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label first.</source>
        <translation>สแกนฉลากช่องเก็บก่อน</translation>
    </message>
    <message>
        <source>{sku}: counted {counted} but {reserved} are reserved for orders; count again or release those orders.</source>
        <translation>{sku}: นับได้ {counted} แต่จองไว้ให้ออเดอร์ {reserved}: นับใหม่ หรือปลดออเดอร์เหล่านั้น</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>ไม่มีส่วนต่าง</translation>
    </message>
    <message>
        <source>Bin {bin} counted: {words}.</source>
        <translation>นับช่องเก็บ {bin} แล้ว: {words}</translation>
    </message>
    <message>
        <source>Count cancelled; nothing was changed.</source>
        <translation>ยกเลิกการนับแล้ว: ไม่มีอะไรเปลี่ยน</translation>
    </message>
    <message>
        <source>{sku}: {count} counted.</source>
        <translation>{sku}: นับได้ {count}</translation>
    </message>
</context>
<context>
    <name>StockCountPage</name>
    <message>
        <source>Counted</source>
        <translation>นับได้</translation>
    </message>
    <message>
        <source>Stock count: bin {bin} counted. Scan the next bin&apos;s label.</source>
        <translation>นับสต็อก: ช่อง {bin} นับแล้ว สแกนฉลากช่องถัดไป</translation>
    </message>
    <message>
        <source>Stock count: bin {bin}</source>
        <translation>นับสต็อก: ช่อง {bin}</translation>
    </message>
    <message>
        <source>Stock count: scan the bin&apos;s label</source>
        <translation>นับสต็อก: สแกนฉลากของช่อง</translation>
    </message>
    <message>
        <source>Recorded: {list}</source>
        <translation>บันทึกแล้ว: {list}</translation>
    </message>
    <message>
        <source>Differences: {list}</source>
        <translation>ส่วนต่าง: {list}</translation>
    </message>
    <message>
        <source>No differences (recorded)</source>
        <translation>ไม่มีส่วนต่าง (บันทึกแล้ว)</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>ไม่มีส่วนต่าง</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>กลับไปแพ็ก</translation>
    </message>
    <message>
        <source>Confirm count</source>
        <translation>ยืนยันการนับ</translation>
    </message>
    <message>
        <source>Take back last unit</source>
        <translation>เอาชิ้นล่าสุดออก</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>ยกเลิกการนับ</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>scanned {sku} ({picked}/{quantity})</source>
        <translation>สแกน {sku} ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} rejected: {why}</source>
        <translation>สแกน {barcode} ไม่ผ่าน: {why}</translation>
    </message>
    <message>
        <source>undid scan of {sku}: {reason}</source>
        <translation>ยกเลิกการสแกน {sku}: {reason}</translation>
    </message>
    <message>
        <source>held: {reason}</source>
        <translation>พักไว้: {reason}</translation>
    </message>
    <message>
        <source>released back to {status} — note: &quot;{note}&quot;</source>
        <translation>ปลดพักกลับไปที่ {status} — หมายเหตุ: &quot;{note}&quot;</translation>
    </message>
    <message>
        <source>released back to {status}</source>
        <translation>ปลดพักกลับไปที่ {status}</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g</source>
        <translation>พัสดุ {parcel} ชั่งได้ {grams} g ควรได้ {expected} g</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g (out of tolerance)</source>
        <translation>พัสดุ {parcel} ชั่งได้ {grams} g ควรได้ {expected} g (เกินค่าที่ยอมรับ)</translation>
    </message>
    <message>
        <source>weight of parcel {parcel} accepted: {reason}</source>
        <translation>ยอมรับน้ำหนักพัสดุ {parcel}: {reason}</translation>
    </message>
    <message>
        <source>label printed, tracking {tracking}</source>
        <translation>พิมพ์ฉลากแล้ว เลขพัสดุ {tracking}</translation>
    </message>
    <message>
        <source>label reprinted: {reason}</source>
        <translation>พิมพ์ฉลากใหม่: {reason}</translation>
    </message>
    <message>
        <source>label {tracking} voided: {reason}</source>
        <translation>ยกเลิกฉลาก {tracking}: {reason}</translation>
    </message>
    <message>
        <source>photo {kind} (label visible)</source>
        <translation>รูป {kind} (เห็นฉลาก)</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>รูป {kind}</translation>
    </message>
    <message>
        <source>photos waived ({missing}): {reason}</source>
        <translation>ยกเว้นรูป ({missing}): {reason}</translation>
    </message>
    <message>
        <source>dispute flagged: {note}</source>
        <translation>ติดธงข้อพิพาท: {note}</translation>
    </message>
    <message>
        <source>flag cleared {note}</source>
        <translation>ลบธงแล้ว {note}</translation>
    </message>
    <message>
        <source>flag cleared</source>
        <translation>ลบธงแล้ว</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>ยกเลิก: {reason}</translation>
    </message>
    <message>
        <source>carrier: {status} {note}</source>
        <translation>ขนส่ง: {status} {note}</translation>
    </message>
    <message>
        <source>carrier: {status}</source>
        <translation>ขนส่ง: {status}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup in {location}</source>
        <translation>วางรอ {carrier} มารับที่ {location}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup</source>
        <translation>วางรอ {carrier} มารับ</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>ขนส่งของออเดอร์</translation>
    </message>
    <message>
        <source>parcel {parcel} scanned into handover {manifest}</source>
        <translation>สแกนพัสดุ {parcel} เข้าการส่งมอบ {manifest}</translation>
    </message>
    <message>
        <source>refused at handover {manifest}: {message}</source>
        <translation>ไม่รับในการส่งมอบ {manifest}: {message}</translation>
    </message>
    <message>
        <source>partial handover allowed in {manifest}: {reason}</source>
        <translation>อนุญาตส่งมอบไม่ครบใน {manifest}: {reason}</translation>
    </message>
    <message>
        <source>shipped: handed over in manifest {manifest}</source>
        <translation>ส่งแล้ว: ส่งมอบในใบส่งมอบ {manifest}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ไม่มี)</translation>
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
        <translation>เก็บหลักฐานการส่งถึงแล้ว: {source}</translation>
    </message>
    <message>
        <source>alert: {what}</source>
        <translation>แจ้งเตือน: {what}</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Printer</source>
        <translation>เครื่องพิมพ์</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>ตาชั่ง</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>เครื่องสแกน</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>กล้อง</translation>
    </message>
    <message>
        <source>check its cable and power</source>
        <translation>ตรวจสายและไฟ</translation>
    </message>
    <message>
        <source>check its cable (or plug it in again)</source>
        <translation>ตรวจสาย (หรือถอดแล้วเสียบใหม่)</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when it is back</source>
        <translation>แพ็กต่อได้ ออเดอร์จะส่งเมื่อกลับมา</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when the network is back</source>
        <translation>แพ็กต่อได้ ออเดอร์จะส่งเมื่อเน็ตกลับมา</translation>
    </message>
    <message>
        <source>Printer out of labels: load a new roll, then press Retry.</source>
        <translation>ฉลากหมด: ใส่ม้วนใหม่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer ribbon finished: put in a new ribbon, then press Retry.</source>
        <translation>ริบบอนหมด: ใส่ริบบอนใหม่ แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer lid open: close it, then press Retry.</source>
        <translation>ฝาเครื่องพิมพ์เปิดอยู่: ปิดฝา แล้วกด ลองใหม่</translation>
    </message>
    <message>
        <source>Printer paused: press its pause button once.</source>
        <translation>เครื่องพิมพ์หยุดชั่วคราว: กดปุ่มหยุดชั่วคราวหนึ่งครั้ง</translation>
    </message>
    <message>
        <source>Printer not answering: check its cable and power.</source>
        <translation>เครื่องพิมพ์ไม่ตอบ: ตรวจสายและไฟ</translation>
    </message>
    <message>
        <source>Printer needs attention: look at its display or lights.</source>
        <translation>เครื่องพิมพ์มีปัญหา: ดูที่หน้าจอหรือไฟของเครื่อง</translation>
    </message>
    <message>
        <source>{device} not answering: {check}.</source>
        <translation>{device} ไม่ตอบ: {check}</translation>
    </message>
    <message>
        <source>{device} is slow to answer: {check}, then try again.</source>
        <translation>{device} ตอบช้า: {check} แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>{device} not found: {check}, or choose it again in Settings (Ctrl+S).</source>
        <translation>ไม่พบ{device}: {check} หรือเลือกใหม่ในตั้งค่า (Ctrl+S)</translation>
    </message>
    <message>
        <source>{device} cannot be used by this station (no permission): ask the admin to set it up.</source>
        <translation>สถานีนี้ใช้{device}ไม่ได้ (ไม่มีสิทธิ์): ให้แอดมินตั้งค่าให้</translation>
    </message>
    <message>
        <source>The disk is full: ask the admin to free space; packing goes on.</source>
        <translation>ดิสก์เต็ม: ให้แอดมินลบไฟล์ แพ็กต่อได้</translation>
    </message>
    <message>
        <source>{device} trouble: {check}, then try again.</source>
        <translation>{device} มีปัญหา: {check} แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>Camera picture frozen: check its cable (or plug it in again).</source>
        <translation>ภาพกล้องค้าง: ตรวจสาย (หรือถอดแล้วเสียบใหม่)</translation>
    </message>
    <message>
        <source>{doing} did not work: the disk is full. Ask the admin to free space.</source>
        <translation>{doing} ไม่สำเร็จ: ดิสก์เต็ม ให้แอดมินลบไฟล์</translation>
    </message>
    <message>
        <source>{doing} did not work: a device or the network did not answer. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} ไม่สำเร็จ: อุปกรณ์หรือเครือข่ายไม่ตอบ ลองอีกครั้ง ถ้ายังไม่ได้ให้เรียกหัวหน้างาน</translation>
    </message>
    <message>
        <source>{doing} did not work. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing} ไม่สำเร็จ ลองอีกครั้ง ถ้ายังไม่ได้ให้เรียกหัวหน้างาน</translation>
    </message>
    <message>
        <source>The printer stopped answering while the label was sent: if no label came out, press Reprint.</source>
        <translation>เครื่องพิมพ์หยุดตอบระหว่างส่งฉลาก: ถ้าฉลากไม่ออกมา ให้กด พิมพ์ใหม่</translation>
    </message>
    <message>
        <source> The label prints when it answers.</source>
        <translation> ฉลากจะพิมพ์เมื่อเครื่องตอบ</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>ok</source>
        <translation>ตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ไฟล์ถูกเปลี่ยน</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ไม่พบไฟล์</translation>
    </message>
    <message>
        <source>record_edited</source>
        <translation>บันทึกถูกแก้ไข</translation>
    </message>
    <message>
        <source>chain_broken</source>
        <translation>ห่วงโซ่ขาด</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>ลำดับถูกสลับ</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>no video</source>
        <translation>ไม่มีวิดีโอ</translation>
    </message>
    <message>
        <source>{seconds} s missing</source>
        <translation>ขาด {seconds} วินาที</translation>
    </message>
    <message>
        <source>accepted by {user} at {when} ({what}): {reason}</source>
        <translation>{user} ยอมรับเมื่อ {when} ({what}): {reason}</translation>
    </message>
    <message>
        <source>Video complete: {count} segment(s)</source>
        <translation>วิดีโอครบ: {count} ช่วง</translation>
    </message>
    <message>
        <source>No packing video</source>
        <translation>ไม่มีวิดีโอการแพ็ก</translation>
    </message>
    <message>
        <source>Video incomplete: {seconds} s missing</source>
        <translation>วิดีโอไม่ครบ: ขาด {seconds} วินาที</translation>
    </message>
    <message>
        <source>{what}; {acceptance}</source>
        <translation>{what}; {acceptance}</translation>
    </message>
    <message>
        <source>{what}; the earlier acceptance ({seconds} s) no longer covers it</source>
        <translation>{what}; การยอมรับครั้งก่อน ({seconds} วินาที) ไม่ครอบคลุมแล้ว</translation>
    </message>
    <message>
        <source>{what}; not accepted by a supervisor</source>
        <translation>{what}; หัวหน้างานยังไม่ได้ยอมรับ</translation>
    </message>
    <message>
        <source>Accepting an incomplete video</source>
        <translation>การยอมรับวิดีโอที่ไม่ครบ</translation>
    </message>
    <message>
        <source>Say why the incomplete video is accepted.</source>
        <translation>บอกเหตุผลที่ยอมรับวิดีโอที่ไม่ครบ</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>เหตุผลยาวเกินไป (ไม่เกิน {most} ตัวอักษร)</translation>
    </message>
    <message>
        <source>There is no order {order}.</source>
        <translation>ไม่มีออเดอร์ {order}</translation>
    </message>
    <message>
        <source>The video of order {order} is complete: nothing to accept.</source>
        <translation>วิดีโอของออเดอร์ {order} ครบแล้ว: ไม่มีอะไรต้องยอมรับ</translation>
    </message>
    <message>
        <source>The video of order {order} is already accepted.</source>
        <translation>วิดีโอของออเดอร์ {order} ได้รับการยอมรับแล้ว</translation>
    </message>
    <message>
        <source>scan {barcode} ok ({picked}/{quantity})</source>
        <translation>สแกน {barcode} ถูกต้อง ({picked}/{quantity})</translation>
    </message>
    <message>
        <source>scan {barcode} {verdict}</source>
        <translation>สแกน {barcode} {verdict}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <source>weight {grams} g</source>
        <translation>น้ำหนัก {grams} g</translation>
    </message>
    <message>
        <source>label {tracking}</source>
        <translation>ฉลาก {tracking}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ฉลาก</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>รูป {kind}</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>รูป</translation>
    </message>
</context>
<context>
    <name>VideoDecisionBar</name>
    <message>
        <source>Accept incomplete video…</source>
        <translation>ยอมรับวิดีโอที่ไม่ครบ…</translation>
    </message>
    <message>
        <source>Checking the video…</source>
        <translation>กำลังตรวจวิดีโอ…</translation>
    </message>
    <message>
        <source>The video could not be checked (the log has the details).</source>
        <translation>ตรวจวิดีโอไม่ได้ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>Accept incomplete video</source>
        <translation>ยอมรับวิดีโอที่ไม่ครบ</translation>
    </message>
    <message>
        <source>Why is the video of order {order} accepted as it is?</source>
        <translation>ทำไมจึงยอมรับวิดีโอของออเดอร์ {order} ตามที่เป็นอยู่?</translation>
    </message>
    <message>
        <source>the decision could not be saved (the log has the details)</source>
        <translation>บันทึกการตัดสินไม่ได้ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
    <message>
        <source>Not accepted: {reason}</source>
        <translation>ไม่ได้ยอมรับ: {reason}</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>No video for this order.</source>
        <translation>ออเดอร์นี้ไม่มีวิดีโอ</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>เล่น</translation>
    </message>
    <message>
        <source>◀ frame</source>
        <translation>◀ เฟรม</translation>
    </message>
    <message>
        <source>frame ▶</source>
        <translation>เฟรม ▶</translation>
    </message>
    <message>
        <source>◀◀ event</source>
        <translation>◀◀ เหตุการณ์</translation>
    </message>
    <message>
        <source>event ▶▶</source>
        <translation>เหตุการณ์ ▶▶</translation>
    </message>
    <message>
        <source>Export clip…</source>
        <translation>ส่งออกคลิป…</translation>
    </message>
    <message numerus="yes">
        <source>Packing video {start}Z, {seconds} s, %n event(s)</source>
        <translation>
            <numerusform>วิดีโอการแพ็ก {start}Z, {seconds} วินาที, %n เหตุการณ์</numerusform>
        </translation>
    </message>
    <message>
        <source>VIDEO INCOMPLETE ({seconds} s missing)</source>
        <translation>วิดีโอไม่ครบ (ขาด {seconds} วินาที)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>หยุดชั่วคราว</translation>
    </message>
    <message>
        <source>{event} at {time}Z</source>
        <translation>{event} เวลา {time}Z</translation>
    </message>
    <message>
        <source>Export clip</source>
        <translation>ส่งออกคลิป</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>วิดีโอ MP4 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip not exported (the log has the details).</source>
        <translation>ส่งออกคลิปไม่สำเร็จ (รายละเอียดอยู่ในล็อก)</translation>
    </message>
</context>
</TS>
