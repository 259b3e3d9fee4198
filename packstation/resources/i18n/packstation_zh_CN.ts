<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertStrip</name>
    <message>
        <source>⚠ {alert}  (click when seen)</source>
        <translation>⚠ {alert}  （看到后点击）</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>packstation daily digest {day}: {count} alert(s)</source>
        <translation>packstation 每日汇总 {day}：{count} 条提醒</translation>
    </message>
    <message>
        <source>{count} delivery alerts: {title}, ...</source>
        <translation>{count} 条配送警报：{title}，...</translation>
    </message>
    <message>
        <source>Low stock: {sku}</source>
        <translation>库存不足：{sku}</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>Order {order} was cancelled; do not pack it.</source>
        <translation>订单 {order} 已取消，请勿打包。</translation>
    </message>
    <message>
        <source>Order {order} is being packed at another station.</source>
        <translation>订单 {order} 正在其他工位打包。</translation>
    </message>
    <message>
        <source>Order {order} is being packed at station {station} until {time} UTC.</source>
        <translation>订单 {order} 正在工位 {station} 打包，直到 {time} UTC。</translation>
    </message>
    <message>
        <source>offline: packing an order claimed ahead</source>
        <translation>离线：正在打包预先认领的订单</translation>
    </message>
    <message>
        <source>central store unreachable: order {order} was not claimed ahead by this station, so it cannot be packed offline. Take an order from the claimed-ahead list, or wait for the network.</source>
        <translation>无法连接中央库存：本工位没有预先认领订单 {order}，因此不能离线打包。请从预先认领列表中选一个订单，或等待网络恢复。</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Show the hotkeys and what this step expects</source>
        <translation>显示快捷键和本步骤要做的事</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>下一单</translation>
    </message>
    <message>
        <source>Take the most urgent order from the queue</source>
        <translation>从队列中取最紧急的订单</translation>
    </message>
    <message>
        <source>OK / confirm</source>
        <translation>确定 / 确认</translation>
    </message>
    <message>
        <source>Accept the current step</source>
        <translation>确认当前步骤</translation>
    </message>
    <message>
        <source>Undo scan</source>
        <translation>撤销扫描</translation>
    </message>
    <message>
        <source>Undo the last accepted scan</source>
        <translation>撤销上一次通过的扫描</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Capture a proof photo of the parcel</source>
        <translation>拍摄包裹的凭证照片</translation>
    </message>
    <message>
        <source>New parcel</source>
        <translation>新包裹</translation>
    </message>
    <message>
        <source>Start another parcel for this order</source>
        <translation>为此订单再开一个包裹</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>重新打印面单</translation>
    </message>
    <message>
        <source>Print the shipping label again</source>
        <translation>再次打印快递面单</translation>
    </message>
    <message>
        <source>Hold order</source>
        <translation>挂起订单</translation>
    </message>
    <message>
        <source>Put the order on hold: short pick, damage, weight</source>
        <translation>挂起订单：缺货、损坏、重量不符</translation>
    </message>
    <message>
        <source>Release hold</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <source>Release an order on hold</source>
        <translation>解除挂起的订单</translation>
    </message>
    <message>
        <source>Void label</source>
        <translation>作废面单</translation>
    </message>
    <message>
        <source>Void the shipping label</source>
        <translation>作废快递面单</translation>
    </message>
    <message>
        <source>Cancel / back</source>
        <translation>取消 / 返回</translation>
    </message>
    <message>
        <source>Close the prompt; the order stays where it is</source>
        <translation>关闭提示；订单停在原步骤</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Log out of the station</source>
        <translation>退出本工位</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>交接模式</translation>
    </message>
    <message>
        <source>Hand parcels to a courier: scan each one out</source>
        <translation>把包裹交给快递员：逐个扫描出库</translation>
    </message>
</context>
<context>
    <name>CommandSheet</name>
    <message>
        <source>Station commands</source>
        <translation>工位命令</translation>
    </message>
    <message>
        <source>Station {name}</source>
        <translation>工位 {name}</translation>
    </message>
    <message>
        <source>page {page} of {pages}</source>
        <translation>第 {page} 页，共 {pages} 页</translation>
    </message>
    <message>
        <source> (supervisor)</source>
        <translation>（主管）</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>⚠ FRAGILE: pad every item</source>
        <translation>⚠ 易碎：每件都要加垫</translation>
    </message>
    <message>
        <source>Why put it on hold?</source>
        <translation>为什么挂起？</translation>
    </message>
    <message>
        <source>Ship to</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>无承运商</translation>
    </message>
    <message>
        <source>Buyer: {message}</source>
        <translation>买家：{message}</translation>
    </message>
    <message>
        <source>Start picking</source>
        <translation>开始拣货</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>返回队列</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateRange</name>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>and</source>
        <translation>至</translation>
    </message>
</context>
<context>
    <name>Delivery</name>
    <message>
        <source>Carrier scan</source>
        <translation>承运商扫描</translation>
    </message>
    <message>
        <source>Lost: delivery failed too often</source>
        <translation>丢失：派送失败次数过多</translation>
    </message>
    <message>
        <source>Lost: not delivered in time after order creation</source>
        <translation>丢失：自下单起未在期限内送达</translation>
    </message>
    <message>
        <source>Delayed: past the delivery due time</source>
        <translation>延误：已超过送达期限</translation>
    </message>
    <message>
        <source>Carrier reported an exception</source>
        <translation>承运商报告了异常</translation>
    </message>
    <message>
        <source>No carrier scan after handover (pickup missed?)</source>
        <translation>交接后没有承运商扫描（漏揽收？）</translation>
    </message>
    <message>
        <source>No tracking update: marketplace auto-cancel risk</source>
        <translation>物流无更新：有被平台自动取消的风险</translation>
    </message>
    <message>
        <source>Delivered after a Lost verdict (reopened)</source>
        <translation>判定丢失后又送达（已重新打开）</translation>
    </message>
    <message>
        <source>Seller appeal</source>
        <translation>卖家申诉</translation>
    </message>
    <message>
        <source>Carrier claim</source>
        <translation>承运商索赔</translation>
    </message>
    <message>
        <source>Damaged (carrier scan)</source>
        <translation>损坏（承运商扫描）</translation>
    </message>
    <message>
        <source>Delivery failed (carrier scan)</source>
        <translation>派送失败（承运商扫描）</translation>
    </message>
    <message>
        <source>Returned to sender (carrier scan)</source>
        <translation>退回寄件人（承运商扫描）</translation>
    </message>
    <message>
        <source>Delayed (carrier scan)</source>
        <translation>延误（承运商扫描）</translation>
    </message>
    <message>
        <source>{claim}: closed</source>
        <translation>{claim}：已关闭</translation>
    </message>
    <message>
        <source>{claim}: {days} d left</source>
        <translation>{claim}：剩 {days} 天</translation>
    </message>
    <message>
        <source>{claim}: {hours} h left</source>
        <translation>{claim}：剩 {hours} 小时</translation>
    </message>
    <message>
        <source>Order {order}: {condition}</source>
        <translation>订单 {order}：{condition}</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>秤</translation>
    </message>
    <message>
        <source>printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>disconnected</source>
        <translation>已断开</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>正在重连</translation>
    </message>
    <message>
        <source>error</source>
        <translation>出错</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>未接</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>paper out</source>
        <translation>缺纸</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>scale address: {problem}</source>
        <translation>秤地址：{problem}</translation>
    </message>
    <message>
        <source>no scale configured (scale = none); weights are entered by hand</source>
        <translation>未配置秤（scale = none）；重量手动输入</translation>
    </message>
    <message>
        <source>scale answered: {reading} (raw {raw})</source>
        <translation>秤已应答：{reading}（原始 {raw}）</translation>
    </message>
    <message>
        <source>scale answered but reports a problem: {problem}</source>
        <translation>秤已应答但报告问题：{problem}</translation>
    </message>
    <message>
        <source>no weight from the scale within {seconds} s: {problem}</source>
        <translation>{seconds} 秒内秤没有给出重量：{problem}</translation>
    </message>
    <message>
        <source>scanner address: {problem}</source>
        <translation>扫描枪地址：{problem}</translation>
    </message>
    <message>
        <source>keyboard-wedge scanner: test it by scanning into the station&apos;s scan field</source>
        <translation>键盘式扫描枪：在工作站的扫描框里扫描来测试</translation>
    </message>
    <message>
        <source>scanner not reachable: {problem}</source>
        <translation>无法连接扫描枪：{problem}</translation>
    </message>
    <message>
        <source>scanner read {code}</source>
        <translation>扫描枪读到 {code}</translation>
    </message>
    <message>
        <source>scanner sent something unusable: {problem}</source>
        <translation>扫描枪发送了无法使用的数据：{problem}</translation>
    </message>
    <message>
        <source>scanner port opens, but no scan arrived within {seconds} s</source>
        <translation>扫描枪端口已打开，但 {seconds} 秒内没有扫描</translation>
    </message>
    <message>
        <source>scanner port opens</source>
        <translation>扫描枪端口已打开</translation>
    </message>
    <message>
        <source>unknown device kind {kind}; use {kinds}</source>
        <translation>未知设备类型 {kind}；请用 {kinds}</translation>
    </message>
    <message>
        <source>{device} at {url} did not answer within {seconds} s</source>
        <translation>{url} 上的{device}在 {seconds} 秒内没有回应</translation>
    </message>
    <message>
        <source>camera address: {problem}</source>
        <translation>摄像头地址：{problem}</translation>
    </message>
    <message>
        <source>simulated camera</source>
        <translation>模拟摄像头</translation>
    </message>
    <message>
        <source>camera clip {path} does not exist</source>
        <translation>摄像头视频 {path} 不存在</translation>
    </message>
    <message>
        <source>camera {url} opens no picture (unplugged, or used by another program?)</source>
        <translation>摄像头 {url} 没有画面（未连接，或被其他程序占用？）</translation>
    </message>
    <message>
        <source>camera gives {width}x{height} frames</source>
        <translation>摄像头画面 {width}x{height}</translation>
    </message>
    <message>
        <source>printer address: {problem}</source>
        <translation>打印机地址：{problem}</translation>
    </message>
</context>
<context>
    <name>DeviceUrlBox</name>
    <message>
        <source>Configured now</source>
        <translation>当前配置</translation>
    </message>
</context>
<context>
    <name>Dispatch</name>
    <message>
        <source>Handover {id} for {carrier} resumed: {count}.</source>
        <translation>继续 {carrier} 的交接 {id}：{count}。</translation>
    </message>
    <message>
        <source>Dispatch mode: choose the carrier, or scan the courier&apos;s manifest barcode.</source>
        <translation>交接模式：选择承运商，或扫描快递员的交接单条码。</translation>
    </message>
    <message>
        <source> Handover {id} stays open.</source>
        <translation> 交接 {id} 仍未关闭。</translation>
    </message>
    <message>
        <source>Back to packing.</source>
        <translation>返回打包。</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>请先选择承运商（或扫描快递员的交接单条码）。</translation>
    </message>
    <message>
        <source>Open handover resumed.</source>
        <translation>已继续进行中的交接。</translation>
    </message>
    <message>
        <source>{carrier}: type or scan the courier&apos;s name, then OK.</source>
        <translation>{carrier}：输入或扫描快递员姓名，然后按 OK。</translation>
    </message>
    <message>
        <source>Drop-off {id} open: scan each parcel&apos;s label.</source>
        <translation>自送 {id} 已开启：逐个扫描包裹面单。</translation>
    </message>
    <message>
        <source>Handover {id} open: scan each parcel&apos;s label.</source>
        <translation>交接 {id} 已开启：逐个扫描包裹面单。</translation>
    </message>
    <message>
        <source>Nothing was read: scan again.</source>
        <translation>未读到内容：请重新扫描。</translation>
    </message>
    <message>
        <source>That is a parcel&apos;s label: open the handover first (the courier&apos;s name, then OK), then scan the parcels.</source>
        <translation>这是包裹面单：请先开启交接（快递员姓名，然后按 OK），再扫描包裹。</translation>
    </message>
    <message>
        <source>Courier: {name}</source>
        <translation>快递员：{name}</translation>
    </message>
    <message>
        <source>Plate read.</source>
        <translation>已读取车牌。</translation>
    </message>
    <message>
        <source>This handover is closed: OK for a new one.</source>
        <translation>此交接已关闭：按 OK 开始新的交接。</translation>
    </message>
    <message>
        <source>No handover is open: choose the carrier first.</source>
        <translation>没有进行中的交接：请先选择承运商。</translation>
    </message>
    <message>
        <source>Nothing scanned to take out.</source>
        <translation>没有已扫描的包裹可取出。</translation>
    </message>
    <message>
        <source>{tracking} taken out of the handover.</source>
        <translation>{tracking} 已从交接中取出。</translation>
    </message>
    <message>
        <source>No handover is open.</source>
        <translation>没有进行中的交接。</translation>
    </message>
    <message>
        <source>Nothing is scanned yet: scan the parcels first.</source>
        <translation>还没有扫描：请先扫描包裹。</translation>
    </message>
    <message>
        <source>order {order}: {parcels}</source>
        <translation>订单 {order}：{parcels}</translation>
    </message>
    <message>
        <source>Orders not complete: scan their other parcels first ({rest}).</source>
        <translation>订单不完整：请先扫描其余包裹（{rest}）。</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} not scanned: scan them, or OK to leave them behind.</source>
        <translation>{carrier} 的 {count} 个包裹未扫描：扫描它们，或按 OK 留下。</translation>
    </message>
    <message>
        <source>Every waiting parcel is scanned. PHOTO: the parcels handed over.</source>
        <translation>待交包裹已全部扫描。PHOTO：拍摄交出的包裹。</translation>
    </message>
    <message>
        <source>{count} parcel(s) stay behind. PHOTO: the parcels.</source>
        <translation>{count} 个包裹留下。PHOTO：拍摄包裹。</translation>
    </message>
    <message>
        <source>New handover: choose the carrier.</source>
        <translation>新交接：选择承运商。</translation>
    </message>
    <message>
        <source>Choose the carrier first.</source>
        <translation>请先选择承运商。</translation>
    </message>
    <message>
        <source>Choose the carrier.</source>
        <translation>选择承运商。</translation>
    </message>
    <message>
        <source>Back to scanning.</source>
        <translation>返回扫描。</translation>
    </message>
    <message>
        <source>Press F12 to go back to packing.</source>
        <translation>按 F12 返回打包。</translation>
    </message>
    <message>
        <source>Photos are taken when closing: press OK when every parcel is scanned.</source>
        <translation>关闭时才拍照：所有包裹扫描完后按 OK。</translation>
    </message>
    <message>
        <source>No camera at this station: the handover photos cannot be taken.</source>
        <translation>本工位没有摄像头：无法拍摄交接照片。</translation>
    </message>
    <message>
        <source>The camera gave no picture ({fault}); check it and press PHOTO again.</source>
        <translation>摄像头没有画面（{fault}）；请检查后再按 PHOTO。</translation>
    </message>
    <message>
        <source>Photo of the {kind} taken.</source>
        <translation>已拍摄{kind}照片。</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name.</source>
        <translation>快递员必须签名，或输入姓名。</translation>
    </message>
    <message>
        <source>Acknowledged by {who}. OK to close the handover.</source>
        <translation>{who} 已确认。按 OK 关闭交接。</translation>
    </message>
    <message>
        <source>Confirm the parcels left behind first (OK).</source>
        <translation>请先确认留下的包裹（OK）。</translation>
    </message>
    <message>
        <source>Summary not printed: {fault}</source>
        <translation>汇总未打印：{fault}</translation>
    </message>
    <message>
        <source>Manifest {id} closed: {parcels} parcel(s), {orders} order(s) Shipped.</source>
        <translation>交接单 {id} 已关闭：{parcels} 个包裹，{orders} 个订单已发货。</translation>
    </message>
    <message>
        <source>Handover {id} resumed.</source>
        <translation>继续交接 {id}。</translation>
    </message>
    <message>
        <source>Handover {id} is {state} ({count} parcels); choose the carrier for a new one.</source>
        <translation>交接 {id} 状态为 {state}（{count} 个包裹）；请选择承运商开始新的交接。</translation>
    </message>
    <message>
        <source>none waiting</source>
        <translation>无等待中的承运商</translation>
    </message>
    <message>
        <source>No carrier in {code}: choose one ({known}).</source>
        <translation>{code} 中没有承运商：请选择一个（{known}）。</translation>
    </message>
    <message>
        <source>Log in first: dispatch needs a packer or a supervisor.</source>
        <translation>请先登录：交接需要打包员或主管。</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>{count} parcel(s) waiting</source>
        <translation>{count} 个包裹待交</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} 个今天到期</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} 个已逾期</translation>
    </message>
    <message>
        <source>open handover {id}</source>
        <translation>进行中的交接 {id}</translation>
    </message>
    <message>
        <source>Choose the carrier, or scan the courier&apos;s manifest barcode</source>
        <translation>选择承运商，或扫描快递员的交接单条码</translation>
    </message>
    <message>
        <source>Type or scan the {carrier} courier&apos;s name (and the vehicle plate), then OK</source>
        <translation>输入或扫描 {carrier} 快递员姓名（及车牌），然后按 OK</translation>
    </message>
    <message>
        <source>Scan each parcel&apos;s label · {count} · OK when every parcel is scanned</source>
        <translation>逐个扫描包裹面单 · {count} · 全部扫描后按 OK</translation>
    </message>
    <message>
        <source>{count} parcel(s) left behind: scan them, or OK to leave them</source>
        <translation>{count} 个包裹留下：扫描它们，或按 OK 留下</translation>
    </message>
    <message>
        <source>At the drop-off point? PHOTO: the carrier&apos;s receipt, then OK</source>
        <translation>到了寄件点？PHOTO：拍摄承运商回执，然后按 OK</translation>
    </message>
    <message>
        <source>OK to close the drop-off: the orders become Shipped</source>
        <translation>按 OK 关闭自送：订单变为已发货</translation>
    </message>
    <message>
        <source>PHOTO: the parcels handed over</source>
        <translation>PHOTO：拍摄交出的包裹</translation>
    </message>
    <message>
        <source>The courier signs on the pad, or types their name</source>
        <translation>快递员在签名板上签名，或输入姓名</translation>
    </message>
    <message>
        <source>OK to close the handover: the orders become Shipped</source>
        <translation>按 OK 关闭交接：订单变为已发货</translation>
    </message>
    <message>
        <source>Manifest {id} closed · OK for a new handover, F12 to leave dispatch</source>
        <translation>交接单 {id} 已关闭 · 按 OK 开始新交接，按 F12 退出交接模式</translation>
    </message>
    <message>
        <source>Summary not printed: the label printer is a desktop printer (the manifest PDF has it all).</source>
        <translation>未打印摘要：面单打印机是普通文档打印机（交接单 PDF 已包含全部内容）。</translation>
    </message>
    <message>
        <source>Summary printed on the label printer.</source>
        <translation>摘要已在面单打印机上打印。</translation>
    </message>
    <message>
        <source>Summary not printed: {reason}</source>
        <translation>未打印摘要：{reason}</translation>
    </message>
</context>
<context>
    <name>DispatchBoard</name>
    <message>
        <source>{count} parcel(s) staged</source>
        <translation>{count} 个包裹待交接</translation>
    </message>
    <message>
        <source>{count} LATE</source>
        <translation>{count} 个已逾期</translation>
    </message>
    <message>
        <source>{count} due today</source>
        <translation>{count} 个今天到期</translation>
    </message>
    <message>
        <source>{count} handed over today</source>
        <translation>今天已交接 {count} 个</translation>
    </message>
    <message>
        <source>open: {handovers}</source>
        <translation>未关闭：{handovers}</translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Staged parcels</source>
        <translation>待交接包裹</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Handed over today</source>
        <translation>今天已交接</translation>
    </message>
    <message>
        <source>Open handovers</source>
        <translation>未关闭的交接</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Collect by</source>
        <translation>最晚揽收</translation>
    </message>
    <message>
        <source>Dispatch by</source>
        <translation>最晚发出</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>{hours} h {minutes} m</source>
        <translation>{hours} 小时 {minutes} 分</translation>
    </message>
    <message>
        <source>LATE {time}</source>
        <translation>已逾期 {time}</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Carriers</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Staged orders, most urgent collection first</source>
        <translation>待交接订单，最紧急的揽收排在前面</translation>
    </message>
    <message>
        <source>Reading the dispatch board…</source>
        <translation>正在读取发货看板…</translation>
    </message>
    <message>
        <source>The dispatch board could not be read (the log has the details).</source>
        <translation>无法读取发货看板（详情见日志）。</translation>
    </message>
    <message numerus="yes">
        <source>%n staged order(s)</source>
        <translation>
            <numerusform>%n 个待交接订单</numerusform>
        </translation>
    </message>
    <message>
        <source>{late} late · as of {time}</source>
        <translation>{late} 个已逾期 · 截至 {time}</translation>
    </message>
    <message>
        <source>Select a staged order first.</source>
        <translation>请先选择一个待交接订单。</translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message>
        <source>parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Courier&apos;s name</source>
        <translation>快递员姓名</translation>
    </message>
    <message>
        <source>Vehicle plate (optional)</source>
        <translation>车牌（可选）</translation>
    </message>
    <message>
        <source>Open handover</source>
        <translation>开启交接</translation>
    </message>
    <message>
        <source>Drop-off: we take them to the carrier</source>
        <translation>自送：我们送到承运商</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>…or the courier types their name</source>
        <translation>……或由快递员输入姓名</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>清除签名</translation>
    </message>
    <message>
        <source>Close handover</source>
        <translation>关闭交接</translation>
    </message>
    <message>
        <source>The courier signs:</source>
        <translation>快递员签名：</translation>
    </message>
    <message>
        <source> · courier {name}</source>
        <translation> · 快递员 {name}</translation>
    </message>
    <message>
        <source>choose the carrier</source>
        <translation>选择承运商</translation>
    </message>
    <message>
        <source>Dispatch · {carrier}</source>
        <translation>交接 · {carrier}</translation>
    </message>
    <message>
        <source>✔ Manifest {manifest}: {parcels}, {orders} Shipped.</source>
        <translation>✔ 交接单 {manifest}：{parcels}，{orders}已发货。</translation>
    </message>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n 个包裹</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <source>No parcels are staged: scan the courier&apos;s manifest barcode or type the carrier</source>
        <translation>没有待交包裹：扫描快递员的交接单条码，或输入承运商</translation>
    </message>
    <message>
        <source>order {order} · parcel {number}</source>
        <translation>订单 {order} · 第 {number} 个包裹</translation>
    </message>
    <message>
        <source>order {order}: still {parcels}</source>
        <translation>订单 {order}：还差 {parcels}</translation>
    </message>
    <message>
        <source>Not complete: {rest}</source>
        <translation>不完整：{rest}</translation>
    </message>
    <message>
        <source>confirmed: they stay</source>
        <translation>已确认：留下</translation>
    </message>
    <message>
        <source>scan them, or OK to leave them</source>
        <translation>扫描它们，或按 OK 留下</translation>
    </message>
    <message>
        <source>Left behind for {carrier} ({count}): {state}</source>
        <translation>{carrier} 留下的包裹（{count}）：{state}</translation>
    </message>
    <message>
        <source>Nothing left behind for this carrier.</source>
        <translation>此承运商没有留下的包裹。</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>还没有</translation>
    </message>
    <message>
        <source>Drop-off photos: {taken} (PHOTO: the carrier&apos;s drop-off receipt)</source>
        <translation>自送照片：{taken}（PHOTO：承运商的寄件回执）</translation>
    </message>
    <message>
        <source>Take photo of the receipt</source>
        <translation>拍摄回执</translation>
    </message>
    <message>
        <source>Handover photos: {taken} (PHOTO: the parcels, then the courier with them)</source>
        <translation>交接照片：{taken}（PHOTO：先拍包裹，再拍快递员和包裹）</translation>
    </message>
    <message>
        <source>Take photo of the courier</source>
        <translation>拍摄快递员</translation>
    </message>
    <message>
        <source>Take photo of the parcels</source>
        <translation>拍摄包裹</translation>
    </message>
    <message>
        <source>Close handover (acknowledged: {who})</source>
        <translation>关闭交接（已确认：{who}）</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Handover photo</source>
        <translation>交接照片</translation>
    </message>
    <message>
        <source>Take last parcel out</source>
        <translation>取出最后一个包裹</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>✔ Order done</source>
        <translation>✔ 订单完成</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>下一单</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>返回队列</translation>
    </message>
</context>
<context>
    <name>EventType</name>
    <message>
        <source>UnitScanned</source>
        <translation>扫描商品</translation>
    </message>
    <message>
        <source>ScanRejected</source>
        <translation>扫描被拒</translation>
    </message>
    <message>
        <source>ScanUndone</source>
        <translation>撤销扫描</translation>
    </message>
    <message>
        <source>OrderPicked</source>
        <translation>订单已拣货</translation>
    </message>
    <message>
        <source>ParcelWeighed</source>
        <translation>包裹已称重</translation>
    </message>
    <message>
        <source>WeightOverridden</source>
        <translation>接受重量</translation>
    </message>
    <message>
        <source>OrderPacked</source>
        <translation>订单已打包</translation>
    </message>
    <message>
        <source>LabelPrinted</source>
        <translation>面单已打印</translation>
    </message>
    <message>
        <source>LabelReprinted</source>
        <translation>面单重新打印</translation>
    </message>
    <message>
        <source>LabelVoided</source>
        <translation>面单作废</translation>
    </message>
    <message>
        <source>OrderLabelled</source>
        <translation>订单已贴面单</translation>
    </message>
    <message>
        <source>PhotoTaken</source>
        <translation>已拍照</translation>
    </message>
    <message>
        <source>PhotosWaived</source>
        <translation>免拍照片</translation>
    </message>
    <message>
        <source>OrderPhotographed</source>
        <translation>订单已拍照</translation>
    </message>
    <message>
        <source>OrderStaged</source>
        <translation>订单待交接</translation>
    </message>
    <message>
        <source>LabelStepReopened</source>
        <translation>重新开启面单步骤</translation>
    </message>
    <message>
        <source>CarrierStatusChanged</source>
        <translation>承运状态变更</translation>
    </message>
    <message>
        <source>DeliveryStatusSet</source>
        <translation>设置配送状态</translation>
    </message>
    <message>
        <source>DeliveryProofKept</source>
        <translation>保存配送证明</translation>
    </message>
    <message>
        <source>OrderShipped</source>
        <translation>订单已发货</translation>
    </message>
    <message>
        <source>HandoverOpened</source>
        <translation>开启交接</translation>
    </message>
    <message>
        <source>ParcelScannedOut</source>
        <translation>包裹扫描交出</translation>
    </message>
    <message>
        <source>HandoverScanRefused</source>
        <translation>交接扫描被拒</translation>
    </message>
    <message>
        <source>PartialHandoverAllowed</source>
        <translation>允许部分交接</translation>
    </message>
    <message>
        <source>HandoverClosed</source>
        <translation>交接已关闭</translation>
    </message>
    <message>
        <source>HandoverAbandoned</source>
        <translation>交接已取消</translation>
    </message>
    <message>
        <source>ShipmentReported</source>
        <translation>已上报发货</translation>
    </message>
    <message>
        <source>ShipmentRefused</source>
        <translation>发货上报被拒</translation>
    </message>
    <message>
        <source>CancellationReported</source>
        <translation>已上报取消</translation>
    </message>
    <message>
        <source>CancellationRefused</source>
        <translation>取消上报被拒</translation>
    </message>
    <message>
        <source>OrderImported</source>
        <translation>订单已导入</translation>
    </message>
    <message>
        <source>OrderUpdated</source>
        <translation>订单已更新</translation>
    </message>
    <message>
        <source>OrderCancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <source>OrderConfirmed</source>
        <translation>订单已确认</translation>
    </message>
    <message>
        <source>OrderRequeued</source>
        <translation>订单放回队列</translation>
    </message>
    <message>
        <source>OrderHeld</source>
        <translation>订单挂起</translation>
    </message>
    <message>
        <source>OrderReleased</source>
        <translation>订单解除挂起</translation>
    </message>
    <message>
        <source>DisputeFlagged</source>
        <translation>标记争议</translation>
    </message>
    <message>
        <source>FlagCleared</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>AlertRaised</source>
        <translation>发出警报</translation>
    </message>
    <message>
        <source>ReturnAnnounced</source>
        <translation>退货预报</translation>
    </message>
    <message>
        <source>ReturnOpened</source>
        <translation>开启退货</translation>
    </message>
    <message>
        <source>ReturnRefusedScan</source>
        <translation>退货扫描被拒</translation>
    </message>
    <message>
        <source>ReturnWeighed</source>
        <translation>退货已称重</translation>
    </message>
    <message>
        <source>ReturnPhotoTaken</source>
        <translation>退货已拍照</translation>
    </message>
    <message>
        <source>ReturnUnitChecked</source>
        <translation>退货商品已检查</translation>
    </message>
    <message>
        <source>ReturnReceived</source>
        <translation>退货已收货</translation>
    </message>
    <message>
        <source>ReturnUnitGraded</source>
        <translation>退货商品已分级</translation>
    </message>
    <message>
        <source>ReturnUnitDecided</source>
        <translation>退货商品已决定</translation>
    </message>
    <message>
        <source>StockDecided</source>
        <translation>库存决定</translation>
    </message>
    <message>
        <source>VideoRecorded</source>
        <translation>视频已录制</translation>
    </message>
    <message>
        <source>VideoIncomplete</source>
        <translation>视频不完整</translation>
    </message>
    <message>
        <source>VideoPurged</source>
        <translation>视频已删除</translation>
    </message>
    <message>
        <source>VideoShortfallAccepted</source>
        <translation>接受视频缺失</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>Evidence pack, order {order}: page {page}/{pages}</source>
        <translation>证据包，订单 {order}：第 {page}/{pages} 页</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>无记录。</translation>
    </message>
    <message>
        <source>file missing</source>
        <translation>文件缺失</translation>
    </message>
    <message>
        <source>image cannot be shown: {error}</source>
        <translation>无法显示图片：{error}</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Photo {n}: {kind} (parcel {parcel}), {state}</source>
        <translation>照片 {n}：{kind}（包裹 {parcel}），{state}</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>拍摄时间</translation>
    </message>
    <message>
        <source>Station / chain</source>
        <translation>工位 / 链</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>Label visible</source>
        <translation>面单可见</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Record hash</source>
        <translation>记录哈希</translation>
    </message>
    <message>
        <source>Accepted without label</source>
        <translation>无面单放行</translation>
    </message>
    <message>
        <source>Unstamped original SHA-256</source>
        <translation>未加盖原图 SHA-256</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>The order record is no longer in the store; its photos follow.</source>
        <translation>订单记录已不在库中；其照片如下。</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Channel / status</source>
        <translation>渠道 / 状态</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Paid / ship by</source>
        <translation>付款 / 最晚发货</translation>
    </message>
    <message>
        <source>Packed at</source>
        <translation>打包于</translation>
    </message>
    <message>
        <source>station {station}, packer {packer}</source>
        <translation>工位 {station}，打包员 {packer}</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Buyer message</source>
        <translation>买家留言</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>扫描内容</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Parcels and weights</source>
        <translation>包裹和重量</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>箱型</translation>
    </message>
    <message>
        <source>Expected g</source>
        <translation>预计 (克)</translation>
    </message>
    <message>
        <source>Weighed g</source>
        <translation>称重 (克)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>重量放行</translation>
    </message>
    <message>
        <source>no PNG preview of this label</source>
        <translation>此面单没有 PNG 预览</translation>
    </message>
    <message>
        <source>Label, parcel {number} ({tracking})</source>
        <translation>面单，第 {number} 个包裹（{tracking}）</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交接人</translation>
    </message>
    <message>
        <source>Parcels in manifest</source>
        <translation>交接单内包裹</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Manifest PDF SHA-256</source>
        <translation>交接单 PDF SHA-256</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>内容 SHA-256</translation>
    </message>
    <message>
        <source>The manifest PDF is in this pack (handover/); the handover photos are among the photos above.</source>
        <translation>交接单 PDF 在本证据包中（handover/）；交接照片在上面的照片中。</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>校验</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Station #</source>
        <translation>工位 #</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Proof photos</source>
        <translation>凭证照片</translation>
    </message>
    <message>
        <source>Evidence pack: order {order}</source>
        <translation>证据包：订单 {order}</translation>
    </message>
    <message>
        <source>all photos verified</source>
        <translation>所有照片均已验证</translation>
    </message>
    <message>
        <source>VERIFICATION FAILED</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <source>Generated {time} UTC. {photos} proof photo(s), {verdict}.</source>
        <translation>生成于 {time} UTC。{photos} 张凭证照片，{verdict}。</translation>
    </message>
    <message>
        <source>No proof photos were taken.</source>
        <translation>未拍摄凭证照片。</translation>
    </message>
    <message>
        <source>Handover to the carrier</source>
        <translation>交给承运商</translation>
    </message>
    <message>
        <source>OK: {photos} photo records and {files} files verified</source>
        <translation>通过：已验证 {photos} 条照片记录和 {files} 个文件</translation>
    </message>
    <message>
        <source>FAILED: {bad} of {photos} photos have problems ({findings} findings)</source>
        <translation>失败：{photos} 张照片中有 {bad} 张有问题（{findings} 项发现）</translation>
    </message>
    <message>
        <source>record #{seq} was edited after it was written</source>
        <translation>记录 #{seq} 在写入后被修改</translation>
    </message>
    <message>
        <source>record {records} before #{seq} was removed</source>
        <translation>#{seq} 之前的记录 {records} 已被删除</translation>
    </message>
    <message>
        <source>record #{seq} was written as the first of the chain: records reordered</source>
        <translation>记录 #{seq} 被写成链的第一条：记录顺序被调换</translation>
    </message>
    <message>
        <source>record #{seq} was written after #{other} ({id}): records reordered</source>
        <translation>记录 #{seq} 写在 #{other}（{id}）之后：记录顺序被调换</translation>
    </message>
    <message>
        <source>record #{seq} does not link to the start of the chain</source>
        <translation>记录 #{seq} 没有连到链的开头</translation>
    </message>
    <message>
        <source>record #{seq} does not link to record #{other}</source>
        <translation>记录 #{seq} 没有连到记录 #{other}</translation>
    </message>
    <message>
        <source>record #{seq} was rewritten: #{other} recorded a different hash for it</source>
        <translation>记录 #{seq} 被重写：#{other} 为它记下的哈希不同</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>unstamped original</source>
        <translation>未加印的原图</translation>
    </message>
    <message>
        <source>{what} key {key} is not valid</source>
        <translation>{what}键 {key} 无效</translation>
    </message>
    <message>
        <source>{what} file {key} is missing</source>
        <translation>{what}文件 {key} 丢失</translation>
    </message>
    <message>
        <source>{what} file changed: SHA-256 {actual}…, recorded {recorded}…</source>
        <translation>{what}文件已改变：SHA-256 {actual}…，记录为 {recorded}…</translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Claim windows</source>
        <translation>索赔期限</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Export evidence pack</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <source>Checking shipments…</source>
        <translation>正在检查货件…</translation>
    </message>
    <message>
        <source>The exceptions board could not be read (the log has the details).</source>
        <translation>无法读取异常看板（详情见日志）。</translation>
    </message>
    <message>
        <source>On-time deliveries per week (%)</source>
        <translation>每周准时送达率（%）</translation>
    </message>
    <message>
        <source>Exceptions per week</source>
        <translation>每周异常数</translation>
    </message>
    <message numerus="yes">
        <source>%n shipment(s) in exception or at risk</source>
        <translation>
            <numerusform>%n 个货件异常或有风险</numerusform>
        </translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>请先选择要导出的订单。</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdmin</name>
    <message>
        <source>e.g. admin</source>
        <translation>例如 admin</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 到 12 位数字</translation>
    </message>
    <message>
        <source>optional: scan a badge into this field</source>
        <translation>可选：在此扫描工牌</translation>
    </message>
    <message>
        <source>Create admin</source>
        <translation>创建管理员</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户 ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>New station: create the first admin</source>
        <translation>新工位：创建第一个管理员</translation>
    </message>
    <message>
        <source>The admin adds packers and supervisors afterwards.</source>
        <translation>之后由管理员添加打包员和主管。</translation>
    </message>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>填写用户 ID、姓名和 PIN，然后点创建管理员</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Flag order {order}</source>
        <translation>标记订单 {order}</translation>
    </message>
    <message>
        <source>What is disputed about order &lt;b&gt;{order}&lt;/b&gt;? (buyer claim, carrier denial, ...)</source>
        <translation>订单 &lt;b&gt;{order}&lt;/b&gt; 有什么争议？（买家索赔、承运商拒赔……）</translation>
    </message>
    <message>
        <source>e.g. Buyer says the parcel arrived empty; claim #12345</source>
        <translation>例如：买家说包裹到货是空的；索赔号 #12345</translation>
    </message>
    <message>
        <source>Flag dispute</source>
        <translation>标记争议</translation>
    </message>
</context>
<context>
    <name>Flow</name>
    <message>
        <source>That did not work; the order stays where it was. Try again, or call a supervisor.</source>
        <translation>没有成功；订单留在原处。请重试，或叫主管。</translation>
    </message>
    <message>
        <source>The queue could not be read</source>
        <translation>无法读取队列</translation>
    </message>
    <message>
        <source>The held orders could not be read</source>
        <translation>无法读取挂起的订单</translation>
    </message>
    <message>
        <source>{trouble}. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{trouble}。请重试；一直不行就叫主管。</translation>
    </message>
    <message>
        <source>The supervisor check failed</source>
        <translation>主管验证失败</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>{count} of {expected} for {carrier} today</source>
        <translation>今天 {carrier}：{count}/{expected}</translation>
    </message>
    <message>
        <source> in manifest {id}</source>
        <translation>（交接单 {id}）</translation>
    </message>
    <message>
        <source>Already handed over{where}: order {order} shipped. Put this parcel aside and tell a supervisor.</source>
        <translation>已交接{where}：订单 {order} 已发货。把这个包裹放到一边并告诉主管。</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not hand it over: take the parcel back, unpack it and return the items to stock.</source>
        <translation>停止：订单 {order} 已取消。不要交出：把包裹拿回来，拆开，把商品放回库存。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>Order {order} is on hold ({reason}). Keep the parcel back; a supervisor must release it.</source>
        <translation>订单 {order} 已挂起（{reason}）。先留下包裹；需主管解除挂起。</translation>
    </message>
    <message>
        <source>This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench and print its new label.</source>
        <translation>此面单（{tracking}）已作废。不要交出：把包裹拿回打包台打印新面单。</translation>
    </message>
    <message>
        <source>Parcel {number} of order {order} has no label. Take it back to a bench to print one.</source>
        <translation>订单 {order} 的第 {number} 个包裹没有面单。拿回打包台打印。</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos. Take it back to a bench to photograph it (or a supervisor waives them).</source>
        <translation>订单 {order} 没有证据照片。拿回打包台拍照（或由主管豁免）。</translation>
    </message>
    <message>
        <source>WRONG CARRIER: this parcel goes with {right}, not {carrier}. Do not give it to this courier; put it back with {back}.</source>
        <translation>承运商错误：这个包裹属于 {right}，不是 {carrier}。不要交给这位快递员；放回 {back}。</translation>
    </message>
    <message>
        <source>no carrier</source>
        <translation>无承运商</translation>
    </message>
    <message>
        <source>the unassigned parcels</source>
        <translation>未分配的包裹</translation>
    </message>
    <message>
        <source>Parcel already scanned into handover {id}, still open. Close or cancel that handover first.</source>
        <translation>包裹已扫入交接 {id}，仍未关闭。请先关闭或取消该交接。</translation>
    </message>
    <message>
        <source>Order {order} is on hold. Keep the parcel back; a supervisor must release it.</source>
        <translation>订单 {order} 已挂起。先留下包裹；需主管解除挂起。</translation>
    </message>
    <message>
        <source>Already handed over: order {order} is {status}. Put this parcel aside and tell a supervisor.</source>
        <translation>已交接：订单 {order} 状态为 {status}。把这个包裹放到一边并告诉主管。</translation>
    </message>
    <message>
        <source>Order {order} is {status}: its label was never printed. Take it back to a bench to finish it.</source>
        <translation>订单 {order} 状态为 {status}：面单从未打印。拿回打包台完成。</translation>
    </message>
    <message>
        <source>Order {order} has no proof photos yet. Take it back to a bench to photograph it.</source>
        <translation>订单 {order} 还没有证据照片。拿回打包台拍照。</translation>
    </message>
    <message>
        <source>Order {order} is {status}, not staged for pickup. Finish it at the bench first.</source>
        <translation>订单 {order} 状态为 {status}，尚未待取。请先在打包台完成。</translation>
    </message>
    <message>
        <source>Nothing was read: scan the parcel&apos;s label again.</source>
        <translation>未读到内容：请重新扫描包裹面单。</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no staged order has this label. Put it aside for a supervisor (or sync, if it was packed at another station).</source>
        <translation>未知包裹 {code}：没有待交订单使用这个面单。放到一边交给主管（如果在其他工位打包，请先同步）。</translation>
    </message>
    <message>
        <source>A handover is a pickup or a dropoff, not {kind}.</source>
        <translation>交接只能是上门揽收或自送网点，不是 {kind}。</translation>
    </message>
    <message>
        <source>Choose the carrier first (or scan the courier&apos;s manifest barcode).</source>
        <translation>请先选择承运商（或扫描快递员的交接单条码）。</translation>
    </message>
    <message>
        <source>Type or scan the courier&apos;s name.</source>
        <translation>输入或扫描快递员姓名。</translation>
    </message>
    <message>
        <source>No handover {id}.</source>
        <translation>没有交接 {id}。</translation>
    </message>
    <message>
        <source>Handover {id} is {state}; open a new one for more parcels.</source>
        <translation>交接 {id} 状态为 {state}；更多包裹请开启新的交接。</translation>
    </message>
    <message>
        <source>Already in this handover: order {order} parcel {number}.</source>
        <translation>已在本次交接中：订单 {order} 第 {number} 个包裹。</translation>
    </message>
    <message>
        <source>Parcel {number} of {total} of order {order} added. Still to scan for this order: {rest}.</source>
        <translation>已加入订单 {order} 的第 {number}/{total} 个包裹。此订单还需扫描：{rest}。</translation>
    </message>
    <message>
        <source>Order {order}: all {total} parcels added. {count}.</source>
        <translation>订单 {order}：{total} 个包裹已全部加入。{count}。</translation>
    </message>
    <message>
        <source>Order {order}: parcel added. {count}.</source>
        <translation>订单 {order}：包裹已加入。{count}。</translation>
    </message>
    <message>
        <source>{tracking} is not in handover {id}.</source>
        <translation>{tracking} 不在交接 {id} 中。</translation>
    </message>
    <message>
        <source>Handing over part of an order</source>
        <translation>交出部分订单</translation>
    </message>
    <message>
        <source>Say why only part of the order goes.</source>
        <translation>请说明为什么只交出部分订单。</translation>
    </message>
    <message>
        <source>No parcel of order {order} is in this handover.</source>
        <translation>本次交接中没有订单 {order} 的包裹。</translation>
    </message>
    <message>
        <source>Cancelling a handover</source>
        <translation>取消交接</translation>
    </message>
    <message>
        <source>Say why the handover is cancelled.</source>
        <translation>请说明取消交接的原因。</translation>
    </message>
    <message>
        <source>Handover {id} was cancelled; open a new one.</source>
        <translation>交接 {id} 已取消；请开启新的交接。</translation>
    </message>
    <message>
        <source>Nothing was scanned into handover {id}: scan the parcels first.</source>
        <translation>交接 {id} 还没有扫描任何包裹：请先扫描包裹。</translation>
    </message>
    <message>
        <source>order {order}: {rest}</source>
        <translation>订单 {order}：{rest}</translation>
    </message>
    <message>
        <source>Some orders are not complete; scan their other parcels (or a supervisor allows a partial handover): {orders}.</source>
        <translation>部分订单不完整；请扫描它们的其他包裹（或由主管允许部分交接）：{orders}。</translation>
    </message>
    <message>
        <source>{tracking} (order {order})</source>
        <translation>{tracking}（订单 {order}）</translation>
    </message>
    <message>
        <source>{names} and {count} more</source>
        <translation>{names} 以及另外 {count} 个</translation>
    </message>
    <message>
        <source>{count} parcel(s) for {carrier} were not scanned: {names}. Scan them, or confirm they stay behind.</source>
        <translation>{carrier} 的 {count} 个包裹没有扫描：{names}。请扫描，或确认留下。</translation>
    </message>
    <message>
        <source>Take a photo of the drop-off receipt to close this drop-off.</source>
        <translation>拍摄寄件回执后才能关闭此次自送。</translation>
    </message>
    <message>
        <source>Take the handover photos: the parcels handed over, and the courier with them.</source>
        <translation>拍摄交接照片：交出的包裹，以及快递员和包裹。</translation>
    </message>
    <message>
        <source>The courier must sign, or type their name, to acknowledge the parcels.</source>
        <translation>快递员必须签名或输入姓名，确认收到包裹。</translation>
    </message>
    <message>
        <source>STOP: order(s) {orders} were cancelled centrally. Take their parcels back (remove them from the handover) before closing.</source>
        <translation>停止：订单 {orders} 已被总部取消。关闭前把它们的包裹拿回来（从交接中移除）。</translation>
    </message>
    <message>
        <source>The handover changed while it was closing; close it again.</source>
        <translation>交接在关闭时发生了变化；请再次关闭。</translation>
    </message>
    <message>
        <source>The signature could not be read; ask the courier to sign again.</source>
        <translation>无法读取签名；请快递员重新签名。</translation>
    </message>
    <message>
        <source>Handover {id} is still open: its manifest is written at closing.</source>
        <translation>交接 {id} 仍未关闭：交接单在关闭时生成。</translation>
    </message>
    <message>
        <source>Handover {id} is closed; open a new one for more parcels.</source>
        <translation>交接 {id} 已关闭；更多包裹请开启新的交接。</translation>
    </message>
    <message>
        <source>Handover {id} is abandoned; open a new one for more parcels.</source>
        <translation>交接 {id} 已取消；更多包裹请开启新的交接。</translation>
    </message>
</context>
<context>
    <name>HandoverKind</name>
    <message>
        <source>pickup</source>
        <translation>上门揽收</translation>
    </message>
    <message>
        <source>dropoff</source>
        <translation>自送网点</translation>
    </message>
</context>
<context>
    <name>Held</name>
    <message>
        <source>picking</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>贴标签</translation>
    </message>
    <message>
        <source>the photos</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>主管 PIN，或扫描主管工牌</translation>
    </message>
    <message>
        <source>note for the record: why</source>
        <translation>记录备注：原因</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled</source>
        <translation>停：订单 {order} 已取消</translation>
    </message>
    <message>
        <source>Unpack it and return the items to stock.</source>
        <translation>拆开包装，把商品放回库存。</translation>
    </message>
    <message>
        <source>Order {order} is on hold</source>
        <translation>订单 {order} 已挂起</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>请填写备注：为什么接受？</translation>
    </message>
    <message>
        <source>Back to queue</source>
        <translation>返回队列</translation>
    </message>
    <message>
        <source>Accept weight</source>
        <translation>接受重量</translation>
    </message>
    <message>
        <source>Accept short</source>
        <translation>接受缺货</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <source>Send back to {step}</source>
        <translation>退回到{step}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Set up this station</source>
        <translation>设置本工位</translation>
    </message>
    <message>
        <source>Nobody can log in yet. Type your name, a short user id (like ada) and a PIN.</source>
        <translation>还没人能登录。输入姓名、简短的用户名（如 ada）和 PIN。</translation>
    </message>
    <message>
        <source>Press Create admin. Then log in and press Ctrl+P to add packers and supervisors.</source>
        <translation>按“创建管理员”。然后登录，按 Ctrl+P 添加打包员和主管。</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Scan your badge with the scanner, or type your PIN and press Enter.</source>
        <translation>用扫描枪扫工牌，或输入 PIN 后按 Enter。</translation>
    </message>
    <message>
        <source>No badge or PIN yet? Ask a supervisor to add you (Ctrl+P).</source>
        <translation>还没有工牌或 PIN？请主管添加你（Ctrl+P）。</translation>
    </message>
    <message>
        <source>Choose an order</source>
        <translation>选择订单</translation>
    </message>
    <message>
        <source>Scan the barcode on the pick list, or press {key} to take the most urgent order.</source>
        <translation>扫描拣货单上的条码，或按 {key} 取最急的订单。</translation>
    </message>
    <message>
        <source>Red rows are late, orange rows are due soon.</source>
        <translation>红色行已超时，橙色行快到期。</translation>
    </message>
    <message>
        <source>Another packer&apos;s badge switches the station to them.</source>
        <translation>扫其他打包员的工牌，工位就换成他。</translation>
    </message>
    <message>
        <source>Check the order</source>
        <translation>核对订单</translation>
    </message>
    <message>
        <source>Check the items and the address on screen.</source>
        <translation>核对屏幕上的商品和地址。</translation>
    </message>
    <message>
        <source>Scan the first item to start picking (or press {key}).</source>
        <translation>扫第一件商品开始拣货（或按 {key}）。</translation>
    </message>
    <message>
        <source>Pick every item</source>
        <translation>拣齐每件商品</translation>
    </message>
    <message>
        <source>Scan each item once: the list shows how many are still missing.</source>
        <translation>每件扫一次：清单显示还差几件。</translation>
    </message>
    <message>
        <source>Red means wrong item: put it back. Scanned one twice? Press {undo} to undo.</source>
        <translation>红色表示拿错了：放回去。扫了两次？按 {undo} 撤销。</translation>
    </message>
    <message>
        <source>Something missing? Press {hold}: a supervisor decides.</source>
        <translation>缺货？按 {hold}：由主管决定。</translation>
    </message>
    <message>
        <source>Pack and weigh</source>
        <translation>打包并称重</translation>
    </message>
    <message>
        <source>Use the box shown (or scan another box&apos;s code).</source>
        <translation>用显示的箱子（或扫其他箱子的码）。</translation>
    </message>
    <message>
        <source>Put the closed parcel on the scale; when the weight is steady press {key}.</source>
        <translation>把封好的包裹放上秤；重量稳定后按 {key}。</translation>
    </message>
    <message>
        <source>More than one box? Press {key} for another parcel.</source>
        <translation>不止一个箱子？按 {key} 加一个包裹。</translation>
    </message>
    <message>
        <source>Label the parcel</source>
        <translation>给包裹贴标签</translation>
    </message>
    <message>
        <source>The label prints by itself. Stick it flat on the top of the parcel.</source>
        <translation>标签会自动打印。平整贴在包裹顶面。</translation>
    </message>
    <message>
        <source>Press {key} when it is on. Bad print? Press {reprint}.</source>
        <translation>贴好后按 {key}。打印不好？按 {reprint}。</translation>
    </message>
    <message>
        <source>Photograph the parcel</source>
        <translation>给包裹拍照</translation>
    </message>
    <message>
        <source>Hold the labelled parcel under the camera so the label can be read.</source>
        <translation>把贴好标签的包裹放在相机下，让标签能看清。</translation>
    </message>
    <message>
        <source>Press {key} for each photo the screen asks for.</source>
        <translation>屏幕要几张照片，就按几次 {key}。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Put the parcel on the shelf for its carrier.</source>
        <translation>把包裹放到对应快递的货架上。</translation>
    </message>
    <message>
        <source>Press {key} for the next order.</source>
        <translation>按 {key} 处理下一单。</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>This order waits for a supervisor. Call one: they type their PIN or scan their badge, add a note, and release it or accept it as it is.</source>
        <translation>此订单等待主管。叫一位主管：输入 PIN 或扫工牌，写备注，然后解除挂起或按现状接受。</translation>
    </message>
    <message>
        <source>Press {key} to go back to the queue meanwhile.</source>
        <translation>等待时按 {key} 返回队列。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Choose each device from its list and press Test.</source>
        <translation>从列表里选择每个设备，然后按“测试”。</translation>
    </message>
    <message>
        <source>Press {save} to save, {back} to go back.</source>
        <translation>按 {save} 保存，按 {back} 返回。</translation>
    </message>
    <message>
        <source>Now: {next}.</source>
        <translation>现在：{next}。</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>F1 or Esc closes this help.</source>
        <translation>按 F1 或 Esc 关闭帮助。</translation>
    </message>
</context>
<context>
    <name>HintBar</name>
    <message>
        <source>Next:</source>
        <translation>下一步：</translation>
    </message>
</context>
<context>
    <name>Label</name>
    <message>
        <source>preview when the label is made</source>
        <translation>面单生成后显示预览</translation>
    </message>
    <message>
        <source>carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Order {order} · label · {carrier}</source>
        <translation>订单 {order} · 面单 · {carrier}</translation>
    </message>
    <message>
        <source>Did the label come out? OK: yes, it printed · F7: reprint it</source>
        <translation>面单出来了吗？OK：已打印 · F7：重新打印</translation>
    </message>
    <message>
        <source>Label waiting for the printer: fix it, then press OK (F3) to retry</source>
        <translation>面单在等打印机：处理好后按 OK (F3) 重试</translation>
    </message>
    <message>
        <source>Label printed: stick it on the parcel</source>
        <translation>面单已打印：贴到包裹上</translation>
    </message>
    <message>
        <source>Label not printed yet: press OK (F3) to print</source>
        <translation>面单还没打印：按 OK (F3) 打印</translation>
    </message>
    <message>
        <source>allocated when the label prints</source>
        <translation>打印面单时分配</translation>
    </message>
    <message>
        <source>Tracking: {number}</source>
        <translation>运单号：{number}</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>等面单出来，再贴到包裹上。</translation>
    </message>
    <message>
        <source>wait for the label and stick it on the parcel</source>
        <translation>等面单并贴到包裹上</translation>
    </message>
    <message>
        <source>Confirm printed</source>
        <translation>确认已打印</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Print label</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <source>unknown: the station stopped while this label was being sent. Check whether it came out: confirm printed or reprint.</source>
        <translation>不确定：发送此面单时工位停止了。请检查面单是否打出：确认已打印或重新打印。</translation>
    </message>
    <message>
        <source>Say why the label is reprinted.</source>
        <translation>请说明重新打印面单的原因。</translation>
    </message>
    <message>
        <source>Parcel {parcel}&apos;s label has not printed yet; it prints when the printer is ready.</source>
        <translation>包裹 {parcel} 的面单还没打印；打印机就绪后会打印。</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to reprint.</source>
        <translation>订单 {order} 的包裹 {parcel} 没有可重新打印的面单。</translation>
    </message>
    <message>
        <source>replaced by reprint {job}</source>
        <translation>已被重新打印 {job} 取代</translation>
    </message>
    <message>
        <source>Only a label whose printing is uncertain can be confirmed.</source>
        <translation>只有打印结果不确定的面单才能确认。</translation>
    </message>
    <message>
        <source>Voiding a label</source>
        <translation>作废面单</translation>
    </message>
    <message>
        <source>Say why the label is voided.</source>
        <translation>请说明作废面单的原因。</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has no label to void.</source>
        <translation>订单 {order} 的包裹 {parcel} 没有可作废的面单。</translation>
    </message>
    <message>
        <source>voided by {user}: {reason}</source>
        <translation>由 {user} 作废：{reason}</translation>
    </message>
    <message>
        <source>Order {order} is not on this station.</source>
        <translation>订单 {order} 不在本工位。</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its label prints once it is packed.</source>
        <translation>订单 {order} 状态为 {status}；打包完成后才打印面单。</translation>
    </message>
    <message>
        <source>Order {order} has no weighed parcel to label.</source>
        <translation>订单 {order} 没有已称重的包裹可贴面单。</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>等待发送</translation>
    </message>
    <message>
        <source>No print job {job}.</source>
        <translation>没有打印任务 {job}。</translation>
    </message>
    <message>
        <source>not printed: the order was cancelled</source>
        <translation>未打印：订单已取消</translation>
    </message>
    <message>
        <source>being sent to the printer</source>
        <translation>正在发送到打印机</translation>
    </message>
    <message>
        <source>unknown: sending failed ({error}). Check whether it came out: confirm printed or reprint.</source>
        <translation>不确定：发送失败（{error}）。请检查面单是否打出：确认已打印或重新打印。</translation>
    </message>
    <message>
        <source>not printed: {error}</source>
        <translation>未打印：{error}</translation>
    </message>
    <message>
        <source>order {order} parcel {parcel}</source>
        <translation>订单 {order} 包裹 {parcel}</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>Tracking number {number} is already used by {where}; the label was not printed.</source>
        <translation>运单号 {number} 已被 {where} 使用；面单未打印。</translation>
    </message>
    <message>
        <source>Order has no tracking number and no number range is configured for carrier {carrier}: add one under [label.tracking_ranges].</source>
        <translation>订单没有运单号，且承运商 {carrier} 没有配置号段：请在 [label.tracking_ranges] 中添加。</translation>
    </message>
    <message>
        <source>Label printed ({numbers}).</source>
        <translation>面单已打印（{numbers}）。</translation>
    </message>
    <message>
        <source>Label printed.</source>
        <translation>面单已打印。</translation>
    </message>
    <message>
        <source>a label printer (ZPL)</source>
        <translation>面单打印机（ZPL）</translation>
    </message>
    <message>
        <source>a desktop printer (PDF)</source>
        <translation>普通打印机（PDF）</translation>
    </message>
    <message>
        <source>not printed: this label was made for {stored} but the station now prints on {wanted}; a supervisor voids it and it is printed again</source>
        <translation>未打印：此面单是为{stored}生成的，但工位现在使用{wanted}打印；由主管作废后重新打印</translation>
    </message>
    <message>
        <source>Parcel {number}: printed ✔{tracking}</source>
        <translation>包裹 {number}：已打印 ✔{tracking}</translation>
    </message>
    <message>
        <source>waiting for the printer</source>
        <translation>等待打印机</translation>
    </message>
    <message>
        <source>Parcel {number}: waiting — {reason}</source>
        <translation>包裹 {number}：等待中 — {reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: did it print? {reason}</source>
        <translation>包裹 {number}：打印出来了吗？{reason}</translation>
    </message>
    <message>
        <source>Parcel {number}: no label yet</source>
        <translation>包裹 {number}：还没有面单</translation>
    </message>
    <message>
        <source>Parcel {number}: {state}</source>
        <translation>包裹 {number}：{state}</translation>
    </message>
    <message>
        <source>the platform label is not a readable PDF ({error})</source>
        <translation>平台面单不是可读取的 PDF（{error}）</translation>
    </message>
    <message>
        <source>the platform label has {pages} page(s), no page {page}</source>
        <translation>平台面单共 {pages} 页，没有第 {page} 页</translation>
    </message>
    <message>
        <source>the platform label is neither a PDF nor an image ({error})</source>
        <translation>平台面单既不是 PDF 也不是图片（{error}）</translation>
    </message>
    <message>
        <source>the platform label is empty</source>
        <translation>平台面单为空</translation>
    </message>
    <message>
        <source>the platform label page is blank</source>
        <translation>平台面单页面是空白的</translation>
    </message>
</context>
<context>
    <name>LabelPrompts</name>
    <message>
        <source>Why reprint the label?</source>
        <translation>为什么重新打印面单？</translation>
    </message>
    <message>
        <source>Void the label: a supervisor&apos;s PIN or badge</source>
        <translation>作废面单：需要主管 PIN 或工牌</translation>
    </message>
    <message>
        <source>Why void the label?</source>
        <translation>为什么作废面单？</translation>
    </message>
    <message>
        <source>Reprint label</source>
        <translation>重新打印面单</translation>
    </message>
    <message>
        <source>Void label (supervisor)</source>
        <translation>作废面单（主管）</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>Lines</name>
    <message>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>库位</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>user id (optional)</source>
        <translation>用户 ID（可选）</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN 码</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Scan your badge</source>
        <translation>请扫描您的工牌</translation>
    </message>
    <message>
        <source>or type your PIN and press Enter</source>
        <translation>或输入 PIN 后按 Enter</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>扫描工牌，或输入 PIN 后按 Enter</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Manifest {id} · content SHA-256 {sha} · page {page}/{pages}</source>
        <translation>交接单 {id} · 内容 SHA-256 {sha} · 第 {page}/{pages} 页</translation>
    </message>
    <message>
        <source>Drop-off manifest: {carrier}</source>
        <translation>自送交接单：{carrier}</translation>
    </message>
    <message>
        <source>Carrier pickup manifest: {carrier}</source>
        <translation>承运商揽收交接单：{carrier}</translation>
    </message>
    <message>
        <source>{parcels} parcels of {orders} orders</source>
        <translation>{orders} 个订单共 {parcels} 个包裹</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>交接单</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>Vehicle plate</source>
        <translation>车牌号</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation>交接人</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>时间（本地）</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Total weight</source>
        <translation>总重量</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>签收</translation>
    </message>
    <message>
        <source>Content SHA-256</source>
        <translation>内容 SHA-256</translation>
    </message>
    <message>
        <source>Left behind (confirmed): {codes}</source>
        <translation>留下未交（已确认）：{codes}</translation>
    </message>
    <message>
        <source>Partial orders (supervisor): {orders}</source>
        <translation>部分交接订单（主管）：{orders}</translation>
    </message>
    <message>
        <source>Courier&apos;s scan: {code}</source>
        <translation>快递员扫描：{code}</translation>
    </message>
    <message>
        <source>courier signature</source>
        <translation>快递员签名</translation>
    </message>
    <message>
        <source>Handover photos and acknowledgement</source>
        <translation>交接照片和签收</translation>
    </message>
    <message>
        <source>Total: {parcels} parcels, {orders} orders, {weight}</source>
        <translation>合计：{parcels} 个包裹，{orders} 个订单，{weight}</translation>
    </message>
</context>
<context>
    <name>Metrics</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Wrong item</source>
        <translation>商品错误</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>Not ours</source>
        <translation>非本店商品</translation>
    </message>
    <message>
        <source>pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>label</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>overrides</source>
        <translation>重量放行</translation>
    </message>
    <message>
        <source>waivers</source>
        <translation>免拍照</translation>
    </message>
    <message>
        <source>undos</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>By packer</source>
        <translation>按打包员</translation>
    </message>
    <message>
        <source>By station</source>
        <translation>按工位</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>时间段</translation>
    </message>
    <message>
        <source>Returns per SKU and reason</source>
        <translation>按 SKU 和原因统计的退货</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Returns per SKU and reason: no returns in the period</source>
        <translation>按 SKU 和原因统计的退货：本时段没有退货</translation>
    </message>
    <message>
        <source>The metrics could not be computed (the log has the details).</source>
        <translation>无法计算统计（详情见日志）。</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Active h</source>
        <translation>工作小时</translation>
    </message>
    <message>
        <source>Orders/h</source>
        <translation>订单/小时</translation>
    </message>
    <message>
        <source>{step} (s)</source>
        <translation>{step}（秒）</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <source>Wrong %</source>
        <translation>错误 %</translation>
    </message>
    <message>
        <source>Orders per hour</source>
        <translation>每小时订单数</translation>
    </message>
    <message>
        <source>orders/h</source>
        <translation>订单/小时</translation>
    </message>
    <message>
        <source>Mean time per step (s)</source>
        <translation>每步平均用时（秒）</translation>
    </message>
    <message>
        <source>Wrong-scan rate (%)</source>
        <translation>错误扫描率（%）</translation>
    </message>
    <message>
        <source>wrong %</source>
        <translation>错误 %</translation>
    </message>
    <message>
        <source>Viewing packer metrics</source>
        <translation>查看打包员统计</translation>
    </message>
    <message>
        <source>Viewing return metrics</source>
        <translation>查看退货统计</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message numerus="yes">
        <source>Returns per SKU and reason: %n unit(s) checked at returns in the period</source>
        <translation>
            <numerusform>按 SKU 和原因统计的退货：本时段退货处共检查 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done in the period</source>
        <translation>
            <numerusform>本时段完成 %n 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Next</name>
    <message>
        <source>fill in user id, name and PIN, then Create admin</source>
        <translation>填写用户 ID、姓名和 PIN，然后点创建管理员</translation>
    </message>
    <message>
        <source>scan your badge, or type your PIN and press Enter</source>
        <translation>扫描工牌，或输入 PIN 后按 Enter</translation>
    </message>
    <message>
        <source>scan an order or pick-list barcode, or press {key} for the most urgent order (badge: switch packer; Ctrl+S: settings; Ctrl+R: review)</source>
        <translation>扫描订单或拣货单条码，或按 {key} 取最紧急的订单（工牌：换打包员；Ctrl+S：设置；Ctrl+R：审核）</translation>
    </message>
    <message>
        <source>check the order, then scan the first item (or {key} to start picking)</source>
        <translation>核对订单，然后扫描第一件商品（或按 {key} 开始拣货）</translation>
    </message>
    <message>
        <source>all items verified</source>
        <translation>所有商品已核对</translation>
    </message>
    <message>
        <source>scan {items}</source>
        <translation>扫描 {items}</translation>
    </message>
    <message>
        <source>all parcels weighed: press {key} to finish packing</source>
        <translation>所有包裹已称重：按 {key} 完成打包</translation>
    </message>
    <message>
        <source>choose a box (scan its code)</source>
        <translation>选择箱子（扫描箱子条码）</translation>
    </message>
    <message>
        <source>put parcel {number} on the scale, then press {key} to weigh it</source>
        <translation>把第 {number} 个包裹放上秤，然后按 {key} 称重</translation>
    </message>
    <message>
        <source>press {key} (or the foot pedal) to take the photo</source>
        <translation>按 {key}（或踩脚踏）拍照</translation>
    </message>
    <message>
        <source>put the parcel in the staging area for its carrier; {key} for the next order</source>
        <translation>把包裹放到对应承运商的待发区；按 {key} 取下一单</translation>
    </message>
    <message>
        <source>unpack the order and return the items; {key} goes back to the queue</source>
        <translation>拆开订单并退回商品；按 {key} 返回队列</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts this weight, {release} weighs again</source>
        <translation>叫主管：PIN 或工牌加备注；{accept} 接受这个重量，{release} 重新称重</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note; {accept} accepts it short, {release} picks again</source>
        <translation>叫主管：PIN 或工牌加备注；{accept} 接受缺货，{release} 重新拣货</translation>
    </message>
    <message>
        <source>call a supervisor: PIN or badge and a note, then {release} to release</source>
        <translation>叫主管：PIN 或工牌加备注，然后按 {release} 解除挂起</translation>
    </message>
    <message>
        <source>check the printer: {ok} if the label came out, {reprint} to reprint</source>
        <translation>检查打印机：面单出来了按 {ok}，重新打印按 {reprint}</translation>
    </message>
    <message>
        <source>fix the printer, then press {ok} to retry</source>
        <translation>处理好打印机，然后按 {ok} 重试</translation>
    </message>
    <message>
        <source>press {ok} to print the label</source>
        <translation>按 {ok} 打印面单</translation>
    </message>
    <message>
        <source>stick the label on the parcel</source>
        <translation>把面单贴到包裹上</translation>
    </message>
</context>
<context>
    <name>OrderPage</name>
    <message>
        <source>✓ verified</source>
        <translation>✓ 已验证</translation>
    </message>
    <message>
        <source>label visible</source>
        <translation>面单可见</translation>
    </message>
    <message>
        <source>accepted without label</source>
        <translation>无面单已接受</translation>
    </message>
    <message>
        <source>no label</source>
        <translation>无面单</translation>
    </message>
    <message>
        <source>{kind} (parcel {parcel})</source>
        <translation>{kind}（包裹 {parcel}）</translation>
    </message>
</context>
<context>
    <name>OrderPageView</name>
    <message>
        <source>← Search</source>
        <translation>← 搜索</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>标记纠纷…</translation>
    </message>
    <message>
        <source>Clear flag</source>
        <translation>清除标记</translation>
    </message>
    <message>
        <source>Export evidence pack…</source>
        <translation>导出证据包…</translation>
    </message>
    <message>
        <source>Wheel or +/− to zoom, drag to pan, 0 to fit, F11 or double-click for full screen.</source>
        <translation>滚轮或 +/− 缩放，拖动平移，0 适应窗口，F11 或双击全屏。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>扫描记录</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>重量</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Loading order {order}…</source>
        <translation>正在加载订单 {order}…</translation>
    </message>
    <message>
        <source>Order {order} could not be opened (the log has the details).</source>
        <translation>无法打开订单 {order}（详情见日志）。</translation>
    </message>
    <message>
        <source>packer {user}</source>
        <translation>打包员 {user}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Order {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · station {station}</source>
        <translation>&lt;b&gt;订单 {order}&lt;/b&gt; · {status} · {recipient} · {carrier} {tracking} · 工位 {station}</translation>
    </message>
    <message>
        <source>Disputed: {note}</source>
        <translation>有纠纷：{note}</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>谁</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>条码</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>undone: {reason}</source>
        <translation>已撤销：{reason}</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Box</source>
        <translation>箱型</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>实测</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差值</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>重量放行</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>No proof photos for this order.</source>
        <translation>此订单没有凭证照片。</translation>
    </message>
    <message>
        <source>Label preview (parcel {parcel} of {count})</source>
        <translation>面单预览（第 {parcel} 个包裹，共 {count} 个）</translation>
    </message>
    <message>
        <source>Label preview</source>
        <translation>面单预览</translation>
    </message>
    <message>
        <source>No label preview: {reason}</source>
        <translation>无面单预览：{reason}</translation>
    </message>
    <message>
        <source>Verified: file and record match the hash chain.</source>
        <translation>已验证：文件和记录与哈希链一致。</translation>
    </message>
    <message>
        <source>NOT VERIFIED ({problem}): {details}</source>
        <translation>未通过验证（{problem}）：{details}</translation>
    </message>
    <message>
        <source>(file cannot be shown)</source>
        <translation>（无法显示文件）</translation>
    </message>
</context>
<context>
    <name>OrderResultsModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Flagged: {note}</source>
        <translation>已标记：{note}</translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>confirmed</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>weighed</source>
        <translation>称重</translation>
    </message>
    <message>
        <source>labelled</source>
        <translation>贴面单</translation>
    </message>
    <message>
        <source>photographed</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>staged</source>
        <translation>待交接</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>held</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>released</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <source>accepted a weight</source>
        <translation>放行重量</translation>
    </message>
    <message>
        <source>waived photos</source>
        <translation>免拍照</translation>
    </message>
    <message>
        <source>voided a label</source>
        <translation>作废面单</translation>
    </message>
</context>
<context>
    <name>Pack</name>
    <message>
        <source>Why put it on hold?</source>
        <translation>为什么挂起？</translation>
    </message>
    <message>
        <source>Suggested box</source>
        <translation>建议箱型</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>秤</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预计</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>no box fits: choose one</source>
        <translation>没有合适的箱子：请选一个</translation>
    </message>
    <message>
        <source>Order {order} · parcel {number} of {count}</source>
        <translation>订单 {order} · 第 {number}/{count} 个包裹</translation>
    </message>
    <message>
        <source>#{number} {box}: {weight} (expected {expected})</source>
        <translation>#{number} {box}：{weight}（预计 {expected}）</translation>
    </message>
    <message>
        <source>none weighed yet</source>
        <translation>还没有称重</translation>
    </message>
    <message>
        <source>every parcel weighed</source>
        <translation>所有包裹都已称重</translation>
    </message>
    <message>
        <source>choose a box</source>
        <translation>选择箱子</translation>
    </message>
    <message>
        <source> (items + {box} {tare})</source>
        <translation>（商品 + {box} {tare}）</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>已稳定</translation>
    </message>
    <message>
        <source>Weigh / finish</source>
        <translation>称重 / 完成</translation>
    </message>
    <message>
        <source>Another parcel</source>
        <translation>再加一个包裹</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>关闭提示</translation>
    </message>
    <message>
        <source>longest side</source>
        <translation>最长边</translation>
    </message>
    <message>
        <source>middle side</source>
        <translation>中间边</translation>
    </message>
    <message>
        <source>shortest side</source>
        <translation>最短边</translation>
    </message>
    <message>
        <source>Item {sku}</source>
        <translation>商品 {sku}</translation>
    </message>
    <message>
        <source>An item</source>
        <translation>有一件商品</translation>
    </message>
    <message>
        <source>{name} ({item} mm) does not fit box {box} ({inside} mm inside): its {side} {length} mm is more than {room} mm. Choose a bigger box, or a supervisor accepts this box.</source>
        <translation>{name}（{item} mm）放不进箱子 {box}（内径 {inside} mm）：{side} {length} mm 超过 {room} mm。请换大一点的箱子，或由主管接受这个箱子。</translation>
    </message>
    <message>
        <source>Weight OK: {measured} g (expected {expected} g)</source>
        <translation>重量正确：{measured} g（预计 {expected} g）</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g heavier than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>重量不符：{measured} g，比预计的 {expected} g 重 {difference} g（允许 ±{allowed} g）。请检查包裹里的东西。</translation>
    </message>
    <message>
        <source>Weight mismatch: {measured} g is {difference} g lighter than expected {expected} g (allowed ±{allowed} g). Check the parcel contents.</source>
        <translation>重量不符：{measured} g，比预计的 {expected} g 轻 {difference} g（允许 ±{allowed} g）。请检查包裹里的东西。</translation>
    </message>
</context>
<context>
    <name>Packing</name>
    <message>
        <source>Order {order} is being packed at station {station}.</source>
        <translation>订单 {order} 正在工位 {station} 打包。</translation>
    </message>
    <message>
        <source>No order is free to pack: {count} are being packed at other stations.</source>
        <translation>没有可打包的空闲订单：{count} 单正在其他工位打包。</translation>
    </message>
    <message>
        <source>No order is ready to pack: {count} wait for stock ({order}: {stock}).</source>
        <translation>没有可打包的订单：{count} 单在等库存（{order}：{stock}）。</translation>
    </message>
    <message>
        <source>No order is ready to pack.</source>
        <translation>没有可打包的订单。</translation>
    </message>
    <message>
        <source>{count} order(s) claimed ahead can be packed</source>
        <translation>可打包 {count} 个预先认领的订单</translation>
    </message>
    <message>
        <source>no order was claimed ahead</source>
        <translation>没有预先认领的订单</translation>
    </message>
    <message>
        <source>central store unreachable: {ahead}</source>
        <translation>无法连接中央库存：{ahead}</translation>
    </message>
    <message>
        <source>Central store unreachable: {ahead}</source>
        <translation>无法连接中央库存：{ahead}</translation>
    </message>
    <message>
        <source>{central}; wait for the network or ask a supervisor.</source>
        <translation>{central}；请等待网络恢复或询问主管。</translation>
    </message>
    <message>
        <source>Order {order} is {status}; scanning items is done.</source>
        <translation>订单 {order} 状态为 {status}；商品已扫描完毕。</translation>
    </message>
    <message>
        <source>Say why the scan is undone.</source>
        <translation>请说明撤销扫描的原因。</translation>
    </message>
    <message>
        <source>Order {order} is {status}; its scans are closed.</source>
        <translation>订单 {order} 状态为 {status}；扫描已关闭。</translation>
    </message>
    <message>
        <source>There is no scan to undo.</source>
        <translation>没有可撤销的扫描。</translation>
    </message>
    <message>
        <source>Short pick: {short}. {reason}</source>
        <translation>缺货：{short}。{reason}</translation>
    </message>
    <message>
        <source>Short pick: {short}.</source>
        <translation>缺货：{short}。</translation>
    </message>
    <message>
        <source>Releasing an order on hold</source>
        <translation>解除挂起订单</translation>
    </message>
    <message>
        <source>Cancelling an order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>未知箱子 {code}。</translation>
    </message>
    <message>
        <source>Order {order} is {status}; weigh it after picking.</source>
        <translation>订单 {order} 状态为 {status}；拣货完成后再称重。</translation>
    </message>
    <message>
        <source>Accepting a weight mismatch</source>
        <translation>接受重量不符</translation>
    </message>
    <message>
        <source>Say why the weight is accepted.</source>
        <translation>请说明接受这个重量的原因。</translation>
    </message>
    <message>
        <source>Parcel {parcel} of order {order} has not been weighed.</source>
        <translation>订单 {order} 的包裹 {parcel} 还没称重。</translation>
    </message>
    <message>
        <source>Weigh every parcel before packing is done.</source>
        <translation>打包完成前请称完每个包裹。</translation>
    </message>
    <message>
        <source>Parcel {parcel}: {check} Reweigh it, or a supervisor must accept the weight.</source>
        <translation>包裹 {parcel}：{check} 请重新称重，或由主管接受该重量。</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>已被取消</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>未说明原因</translation>
    </message>
    <message>
        <source>it is on hold ({reason})</source>
        <translation>已挂起（{reason}）</translation>
    </message>
    <message>
        <source>it is already {status}</source>
        <translation>已是 {status}</translation>
    </message>
    <message>
        <source>it has no items</source>
        <translation>没有商品</translation>
    </message>
    <message>
        <source>not in the catalog: {skus}</source>
        <translation>不在商品目录中：{skus}</translation>
    </message>
    <message>
        <source>the address is incomplete</source>
        <translation>地址不完整</translation>
    </message>
    <message>
        <source>Order {order} cannot be packed: {problems}.</source>
        <translation>订单 {order} 无法打包：{problems}。</translation>
    </message>
    <message>
        <source>STOP: order {order} was cancelled. Do not label or hand it over: unpack it and return the items to stock.</source>
        <translation>停止：订单 {order} 已取消。不要贴面单或交接：拆开并把商品退回库存。</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>没有订单 {order}。</translation>
    </message>
    <message>
        <source>No order or tracking number {ref}.</source>
        <translation>没有订单或运单号 {ref}。</translation>
    </message>
    <message>
        <source>Order {order} was marked out of stock by a supervisor; it waits to be cancelled.</source>
        <translation>订单 {order} 已被主管标记为缺货；等待取消。</translation>
    </message>
    <message>
        <source>Central store unreachable: the units of order {order} could not be reserved; try again.</source>
        <translation>无法连接中央库存：无法为订单 {order} 预留商品；请重试。</translation>
    </message>
    <message>
        <source>Order {order} is {stock}.</source>
        <translation>订单 {order}：{stock}。</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>此步骤不用这个扫描：{code}</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>Not a supervisor&apos;s PIN or badge: ask a supervisor to scan their badge or type their PIN.</source>
        <translation>不是主管的 PIN 或工牌：请主管扫描工牌或输入 PIN。</translation>
    </message>
    <message>
        <source>The shortest badge ([badges] min_length) must be at least 1 character.</source>
        <translation>最短工牌长度（[badges] min_length）至少为 1 个字符。</translation>
    </message>
    <message>
        <source>Type your name, a short user id (like ada) and a PIN of 4 to 12 digits, then Create admin.</source>
        <translation>输入姓名、简短的用户 ID（如 ada）和 4 到 12 位 PIN，然后点“创建管理员”。</translation>
    </message>
    <message>
        <source>Type a short user id to log in with (like ada), without spaces.</source>
        <translation>输入用于登录的简短用户 ID（如 ada），不要有空格。</translation>
    </message>
    <message>
        <source>Choose a PIN of 4 to 12 digits for the admin.</source>
        <translation>为管理员设置 4 到 12 位的 PIN。</translation>
    </message>
    <message>
        <source>Changing a PIN</source>
        <translation>修改 PIN</translation>
    </message>
    <message>
        <source>That PIN is already used by someone at this station; choose another.</source>
        <translation>这个 PIN 已被本工位的其他人使用；请换一个。</translation>
    </message>
    <message>
        <source>Changing a badge</source>
        <translation>更换工牌</translation>
    </message>
    <message>
        <source>That badge already belongs to someone else.</source>
        <translation>这个工牌已属于其他人。</translation>
    </message>
    <message>
        <source>Changing a role</source>
        <translation>修改角色</translation>
    </message>
    <message>
        <source>This is the last admin; make someone else admin first.</source>
        <translation>这是最后一位管理员；请先把别人设为管理员。</translation>
    </message>
    <message>
        <source>Deactivating a user</source>
        <translation>停用用户</translation>
    </message>
    <message>
        <source>Type the person&apos;s name as it should appear on screen and on the badge.</source>
        <translation>输入此人在屏幕和工牌上显示的姓名。</translation>
    </message>
    <message>
        <source>A name is at most 200 characters.</source>
        <translation>姓名最多 200 个字符。</translation>
    </message>
    <message>
        <source>Changing a name</source>
        <translation>修改姓名</translation>
    </message>
    <message>
        <source>Type your PIN (or scan your badge), then press Enter.</source>
        <translation>输入 PIN（或扫描工牌），然后按 Enter。</translation>
    </message>
    <message>
        <source>Wrong user or PIN.</source>
        <translation>用户或 PIN 错误。</translation>
    </message>
    <message>
        <source>Unknown PIN.</source>
        <translation>未知的 PIN。</translation>
    </message>
    <message>
        <source>Unknown badge.</source>
        <translation>未知的工牌。</translation>
    </message>
    <message>
        <source>There is already a user &apos;{user}&apos;.</source>
        <translation>已有用户“{user}”。</translation>
    </message>
    <message>
        <source>Give the user a PIN or a badge, or they cannot log in.</source>
        <translation>请给用户设置 PIN 或工牌，否则无法登录。</translation>
    </message>
    <message>
        <source>That PIN or badge was just taken by someone else; choose another.</source>
        <translation>这个 PIN 或工牌刚被别人占用；请换一个。</translation>
    </message>
    <message>
        <source>No user &apos;{user}&apos;.</source>
        <translation>没有用户“{user}”。</translation>
    </message>
    <message>
        <source>{action}: you cannot do this to yourself; ask another supervisor or admin.</source>
        <translation>{action}：不能对自己操作；请找其他主管或管理员。</translation>
    </message>
    <message>
        <source>Unknown role {role}; use {roles}.</source>
        <translation>未知角色 {role}；请使用 {roles}。</translation>
    </message>
    <message>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>{action} needs a {role}; {who} is a {current}.</source>
        <translation>{action}需要{role}；{who}是{current}。</translation>
    </message>
    <message>
        <source>Scan the new badge for {name} now (Esc cancels).</source>
        <translation>现在扫描 {name} 的新工牌（Esc 取消）。</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>选择要修改的人，或填写表格添加新人。</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>工牌</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Full name, as on the badge</source>
        <translation>全名，和工牌上一样</translation>
    </message>
    <message>
        <source>Short id to log in with, like pat</source>
        <translation>登录用的简短用户名，如 pat</translation>
    </message>
    <message>
        <source>4 to 12 digits</source>
        <translation>4 到 12 位数字</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>添加人员</translation>
    </message>
    <message>
        <source>Save name</source>
        <translation>保存姓名</translation>
    </message>
    <message>
        <source>Set role</source>
        <translation>设置角色</translation>
    </message>
    <message>
        <source>Set PIN</source>
        <translation>设置 PIN</translation>
    </message>
    <message>
        <source>Reset PIN</source>
        <translation>重置 PIN</translation>
    </message>
    <message>
        <source>Enroll badge</source>
        <translation>登记工牌</translation>
    </message>
    <message>
        <source>Remove badge</source>
        <translation>移除工牌</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>新人员</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Print badges</source>
        <translation>打印工牌</translation>
    </message>
    <message>
        <source>First-run guide</source>
        <translation>首次使用指南</translation>
    </message>
    <message>
        <source>That change was not saved; try again.</source>
        <translation>这次修改没有保存；请重试。</translation>
    </message>
    <message>
        <source>as {0}</source>
        <translation>身份：{0}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Press New person first, then fill in the form.</source>
        <translation>先按“新人员”，再填写表格。</translation>
    </message>
    <message>
        <source>Choose a person to change, or fill in the form to add someone.</source>
        <translation>选择要修改的人，或填写表格添加新人。</translation>
    </message>
</context>
<context>
    <name>Photo</name>
    <message>
        <source>Order {order} · proof photos · tracking {tracking}</source>
        <translation>订单 {order} · 凭证照片 · 运单号 {tracking}</translation>
    </message>
    <message>
        <source>Photo {number} of {count}: {name}</source>
        <translation>第 {number}/{count} 张照片：{name}</translation>
    </message>
    <message>
        <source>Put the sealed, labelled parcel under the camera</source>
        <translation>把封好并贴好面单的包裹放到摄像头下</translation>
    </message>
    <message>
        <source>one photo</source>
        <translation>一张照片</translation>
    </message>
    <message>
        <source>Label not readable: turn it to the camera and take the photo again. </source>
        <translation>面单无法识别：把面单朝向摄像头再拍一次。</translation>
    </message>
    <message>
        <source>Still needed: {photos}. Order, tracking, station, packer and time are burned in.</source>
        <translation>还需要：{photos}。订单、运单号、工位、打包员和时间会印在照片上。</translation>
    </message>
    <message>
        <source> A supervisor may scan their badge to let the order go without the photos.</source>
        <translation>主管可扫描工牌，让订单不带照片放行。</translation>
    </message>
    <message>
        <source>taking the photo …</source>
        <translation>正在拍照 …</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>All photos stored.</source>
        <translation>照片已全部保存。</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. Next: the &apos;{next}&apos; photo — press {key}.</source>
        <translation>照片“{kind}”已保存。下一张：“{next}”照片 — 按 {key}。</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored. All photos done.</source>
        <translation>照片“{kind}”已保存。照片已拍完。</translation>
    </message>
</context>
<context>
    <name>PhotoKind</name>
    <message>
        <source>contents</source>
        <translation>内容物</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>封箱包裹</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>courier</source>
        <translation>快递员</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>收据</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>Pick</name>
    <message>
        <source>⚠ FRAGILE</source>
        <translation>⚠ 易碎</translation>
    </message>
    <message>
        <source>Why undo the last scan?</source>
        <translation>为什么撤销上一次扫描？</translation>
    </message>
    <message>
        <source>Short pick: why are items missing?</source>
        <translation>缺货：为什么少了商品？</translation>
    </message>
    <message>
        <source>Order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>Undo last scan</source>
        <translation>撤销上一次扫描</translation>
    </message>
    <message>
        <source>Short pick / hold</source>
        <translation>缺货 / 挂起</translation>
    </message>
    <message>
        <source>Close prompt</source>
        <translation>关闭提示</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <source>Printer out of paper: load labels and press Retry</source>
        <translation>打印机缺纸：装入面单后按重试</translation>
    </message>
    <message>
        <source>Printer out of ribbon: load a ribbon and press Retry</source>
        <translation>打印机碳带用完：装入碳带后按重试</translation>
    </message>
    <message>
        <source>Printer head is open: close it and press Retry</source>
        <translation>打印头未合上：合上后按重试</translation>
    </message>
    <message>
        <source>Printer is paused: press its Pause button, then Retry</source>
        <translation>打印机已暂停：按打印机的 Pause 键，然后重试</translation>
    </message>
    <message>
        <source>Printer buffer is full: wait until it has printed, then press Retry</source>
        <translation>打印机缓冲区已满：等它打印完，然后按重试</translation>
    </message>
    <message>
        <source>Printer head is too cold: wait a minute, then press Retry</source>
        <translation>打印头温度过低：等一分钟，然后按重试</translation>
    </message>
    <message>
        <source>Printer head is too hot: let it cool down, then press Retry</source>
        <translation>打印头温度过高：等它冷却，然后按重试</translation>
    </message>
    <message>
        <source>Printer memory is corrupt: switch the printer off and on, then press Retry</source>
        <translation>打印机内存损坏：关闭再打开打印机，然后按重试</translation>
    </message>
    <message>
        <source>Printer cutter jammed: clear it and press Retry</source>
        <translation>打印机切刀卡住：清理后按重试</translation>
    </message>
    <message>
        <source>Printer head fault: call a supervisor</source>
        <translation>打印头故障：请叫主管</translation>
    </message>
    <message>
        <source>Printer does not answer: check it is on and connected, then press Retry</source>
        <translation>打印机没有应答：检查是否开机并已连接，然后按重试</translation>
    </message>
    <message>
        <source>Printer closed the connection without answering: check it is on and ready, then press Retry</source>
        <translation>打印机未应答就断开了连接：检查是否开机并就绪，然后按重试</translation>
    </message>
    <message>
        <source>Printer not reachable: check it is on and connected, then press Retry</source>
        <translation>无法连接打印机：检查是否开机并已连接，然后按重试</translation>
    </message>
    <message>
        <source>Printer queue is stopped: check the printer, start its queue again, then press Retry</source>
        <translation>打印队列已停止：检查打印机，重新启动队列，然后按重试</translation>
    </message>
    <message>
        <source>{detail}; check it is on and connected, then press Retry</source>
        <translation>{detail}；检查是否开机并已连接，然后按重试</translation>
    </message>
    <message>
        <source>Printer ready</source>
        <translation>打印机就绪</translation>
    </message>
    <message>
        <source>media needs calibrating</source>
        <translation>介质需要校准</translation>
    </message>
    <message>
        <source>clean the print head</source>
        <translation>清洁打印头</translation>
    </message>
    <message>
        <source>replace the print head</source>
        <translation>更换打印头</translation>
    </message>
    <message>
        <source>paper near end</source>
        <translation>纸快用完</translation>
    </message>
    <message>
        <source>The line to the printer broke while sending ({problem}). Check whether the label came out: Confirm printed, or Reprint.</source>
        <translation>发送时与打印机的连接断开（{problem}）。请检查面单是否打出：确认已打印，或重新打印面单。</translation>
    </message>
    <message>
        <source>Label sent, then: {status}. Check whether it came out: Confirm printed, or Reprint.</source>
        <translation>面单已发送，随后：{status}。请检查面单是否打出：确认已打印，或重新打印面单。</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>test label sent; printer: {status}</source>
        <translation>测试面单已发送；打印机：{status}</translation>
    </message>
    <message>
        <source>test label not confirmed: {reason}</source>
        <translation>测试面单未确认：{reason}</translation>
    </message>
    <message>
        <source>test label sent</source>
        <translation>测试标签已发送</translation>
    </message>
</context>
<context>
    <name>ProgressJob</name>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>正在准备…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Exporting {done} of {total}: {what}</source>
        <translation>正在导出 {done}/{total}：{what}</translation>
    </message>
    <message>
        <source>Export cancelled; the files written so far are incomplete.</source>
        <translation>导出已取消；已写入的文件不完整。</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>出错了（详情见日志）</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>正在导出证据</translation>
    </message>
    <message>
        <source>Preparing the evidence pack…</source>
        <translation>正在准备证据包…</translation>
    </message>
    <message>
        <source>No orders to export.</source>
        <translation>没有可导出的订单。</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Seller Center 表格</translation>
    </message>
    <message>
        <source>Collecting the handed-over orders…</source>
        <translation>正在收集已交接的订单…</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>个订单</translation>
    </message>
</context>
<context>
    <name>Queue</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Ship by</source>
        <translation>最晚发货</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Packable in</source>
        <translation>可打包时间</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>{h} h {m} m</source>
        <translation>{h} 小时 {m} 分</translation>
    </message>
    <message>
        <source>{m} m {s} s</source>
        <translation>{m} 分 {s} 秒</translation>
    </message>
    <message>
        <source>overdue {time}</source>
        <translation>已逾期 {time}</translation>
    </message>
    <message>
        <source>when the marketplace releases it</source>
        <translation>待平台放行</translation>
    </message>
    <message>
        <source>hold ended: released at the next marketplace pull</source>
        <translation>挂起已结束：下次从平台拉单时放行</translation>
    </message>
    <message>
        <source> (the {count} most urgent shown)</source>
        <translation>（显示最紧急的 {count} 单）</translation>
    </message>
    <message>
        <source>; {count} waiting for stock, listed last</source>
        <translation>；{count} 单等库存，排在最后</translation>
    </message>
    <message>
        <source>Next order</source>
        <translation>下一单</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n order(s) ready to pack</source>
        <translation>
            <numerusform>%n 个订单待打包</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold at the marketplace (not packable yet)</source>
        <translation>
            <numerusform>%n 单被平台挂起（暂不能打包）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>Damaged item</source>
        <translation>商品损坏</translation>
    </message>
    <message>
        <source>Address problem</source>
        <translation>地址有问题</translation>
    </message>
    <message>
        <source>Customer asked</source>
        <translation>客户要求</translation>
    </message>
    <message>
        <source>Box not available</source>
        <translation>没有箱子</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Scanned twice</source>
        <translation>扫了两次</translation>
    </message>
    <message>
        <source>Wrong item put back</source>
        <translation>拿错的商品已放回</translation>
    </message>
    <message>
        <source>Scanned by mistake</source>
        <translation>误扫</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>没有库存</translation>
    </message>
    <message>
        <source>Not found at location</source>
        <translation>库位上找不到</translation>
    </message>
    <message>
        <source>Damaged, no replacement</source>
        <translation>损坏且无替换</translation>
    </message>
    <message>
        <source>Label damaged</source>
        <translation>面单损坏</translation>
    </message>
    <message>
        <source>Label did not come out</source>
        <translation>面单没出来</translation>
    </message>
    <message>
        <source>Printed faint or smudged</source>
        <translation>打印太淡或模糊</translation>
    </message>
    <message>
        <source>Stuck on the wrong parcel</source>
        <translation>贴错了包裹</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>地址错误</translation>
    </message>
    <message>
        <source>Wrong carrier</source>
        <translation>承运商错误</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <source>Duplicate label</source>
        <translation>面单重复</translation>
    </message>
</context>
<context>
    <name>ReasonPrompt</name>
    <message>
        <source>type a number or the reason, then Enter</source>
        <translation>输入编号或原因，然后按 Enter</translation>
    </message>
</context>
<context>
    <name>Returns</name>
    <message>
        <source>Return of order {order} resumed where it was.</source>
        <translation>继续订单 {order} 的退货，从中断处开始。</translation>
    </message>
    <message>
        <source>No stable weight from the scale: put the parcel on it and weigh again.</source>
        <translation>秤的读数不稳定：把包裹放上去再称一次。</translation>
    </message>
    <message>
        <source>No camera on this station: returns are photographed on camera.</source>
        <translation>本工位没有摄像头：退货需要用摄像头拍照。</translation>
    </message>
    <message>
        <source>Photo &apos;{kind}&apos; stored and hashed.</source>
        <translation>照片“{kind}”已保存。</translation>
    </message>
    <message>
        <source>Next unit DAMAGED: photograph the damage, then scan the unit.</source>
        <translation>下一件已损坏：先拍下损坏处，再扫描这一件。</translation>
    </message>
    <message>
        <source>Damaged cancelled.</source>
        <translation>已取消损坏标记。</translation>
    </message>
    <message>
        <source>Return received: {outcome}. Decision due {due}.</source>
        <translation>退货已收到：{outcome}。须在 {due} 前决定。</translation>
    </message>
    <message>
        <source>Return of order {order}: grade each unit, then decide.</source>
        <translation>订单 {order} 的退货：逐件评级，然后决定。</translation>
    </message>
    <message>
        <source>Unit {seq} graded {grade}.</source>
        <translation>第 {seq} 件评为 {grade}。</translation>
    </message>
    <message>
        <source>No supervisor check on this station: decide from the command line.</source>
        <translation>本工位无法验证主管：请在命令行中决定。</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>不是主管。</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> 到 {bin}</translation>
    </message>
    <message>
        <source>Unit {seq}: {decision}{where}, decided by {who}.</source>
        <translation>第 {seq} 件：{decision}{where}，由 {who} 决定。</translation>
    </message>
    <message>
        <source>Every unit decided ({who}). Esc: back to returns.</source>
        <translation>所有件都已决定（{who}）。Esc：返回退货。</translation>
    </message>
    <message>
        <source>Scan the returned parcel: its label, the return id or the order id.</source>
        <translation>扫描退回的包裹：面单、退货号或订单号。</translation>
    </message>
    <message>
        <source>Grade each unit, then a supervisor decides: restock (to a bin), refurbish or dispose.</source>
        <translation>逐件评级，然后由主管决定：重新入库（到库位）、翻新或报废。</translation>
    </message>
    <message>
        <source>Scan the next returned parcel.</source>
        <translation>扫描下一个退回的包裹。</translation>
    </message>
    <message>
        <source>Put the parcel on the scale and weigh it.</source>
        <translation>把包裹放到秤上称重。</translation>
    </message>
    <message>
        <source>Photograph: {kind}.</source>
        <translation>拍照：{kind}。</translation>
    </message>
    <message>
        <source>Photograph the damage, then scan the damaged unit.</source>
        <translation>先拍下损坏处，再扫描损坏的那一件。</translation>
    </message>
    <message>
        <source>Scan each unit out of the parcel; finish when the parcel is empty.</source>
        <translation>逐件扫描取出的商品；包裹空了就完成。</translation>
    </message>
    <message>
        <source>Every unit is back: finish the return.</source>
        <translation>所有件都已退回：完成退货。</translation>
    </message>
    <message>
        <source>Return of order {order} open ({found}).</source>
        <translation>已开启订单 {order} 的退货（{found}）。</translation>
    </message>
    <message>
        <source>Photo not stored: {fault}</source>
        <translation>照片未保存：{fault}</translation>
    </message>
    <message>
        <source>Log in first (badge or PIN).</source>
        <translation>请先登录（工牌或 PIN）。</translation>
    </message>
    <message>
        <source>Scan a returned parcel first.</source>
        <translation>请先扫描退回的包裹。</translation>
    </message>
    <message>
        <source>Finish unboxing the return first (or pick one from the queue).</source>
        <translation>请先拆完退货包裹（或从队列中选一个）。</translation>
    </message>
    <message>
        <source>Scan the returned parcel&apos;s label, its return id or the order id.</source>
        <translation>扫描退回包裹的面单、退货号或订单号。</translation>
    </message>
    <message>
        <source>That code is {length} characters long (at most {most}): scan it again.</source>
        <translation>这个码有 {length} 个字符（最多 {most}）：请重新扫描。</translation>
    </message>
    <message>
        <source>Order {order} was cancelled and never shipped: this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>订单 {order} 已取消且从未发货：这不可能是它的退货。把包裹放在一边交给主管。</translation>
    </message>
    <message>
        <source>Order {order} was never shipped (it is {status}): this cannot be its return. Put the parcel aside for a supervisor.</source>
        <translation>订单 {order} 从未发货（当前为 {status}）：这不可能是它的退货。把包裹放在一边交给主管。</translation>
    </message>
    <message>
        <source>{code}: not one of our products (not ours).</source>
        <translation>{code}：不是本店的商品（非本店商品）。</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Wrong item: {sku} came back; the order shipped {shipped}.</source>
        <translation>商品错误：退回的是 {sku}；订单发出的是 {shipped}。</translation>
    </message>
    <message>
        <source>{sku} damaged ({count} of {quantity}).</source>
        <translation>{sku} 损坏（{count}/{quantity}）。</translation>
    </message>
    <message>
        <source>{sku} returned ({count} of {quantity}).</source>
        <translation>{sku} 已退回（{count}/{quantity}）。</translation>
    </message>
    <message>
        <source>{sku}: all {total} shipped already scanned back. Scanned twice? Nothing recorded.</source>
        <translation>{sku}：已发出的 {total} 件都已扫描退回。扫了两次？未记录任何内容。</translation>
    </message>
    <message>
        <source>No outbound weight on record.</source>
        <translation>没有发货时的重量记录。</translation>
    </message>
    <message>
        <source>Outbound {outbound} g; weigh the parcel as it arrived.</source>
        <translation>发货时 {outbound} g；请按到货原样称重包裹。</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): the same weight as it left.</source>
        <translation>到货 {arrived} g，发货 {shipped} g（{diff} g）：与发货时重量相同。</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): lighter than it left by more than {tolerance} g.</source>
        <translation>到货 {arrived} g，发货 {shipped} g（{diff} g）：比发货时轻了超过 {tolerance} g。</translation>
    </message>
    <message>
        <source>Arrived {arrived} g, shipped {shipped} g ({diff} g): heavier than it left by more than {tolerance} g.</source>
        <translation>到货 {arrived} g，发货 {shipped} g（{diff} g）：比发货时重了超过 {tolerance} g。</translation>
    </message>
    <message>
        <source>Weight {grams} g is not a parcel&apos;s weight (0..{most} g); weigh it again.</source>
        <translation>重量 {grams} g 不是包裹的重量（0..{most} g）；请重新称重。</translation>
    </message>
    <message>
        <source>An announced return needs its RMA id or its return tracking number.</source>
        <translation>预报的退货需要 RMA 编号或退货运单号。</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>没有订单 {order}。</translation>
    </message>
    <message>
        <source>A return with id {code} is already recorded.</source>
        <translation>编号为 {code} 的退货已登记。</translation>
    </message>
    <message>
        <source>Unknown parcel {code}: no order, tracking number or return id matches. Put it aside for a supervisor.</source>
        <translation>未知包裹 {code}：没有匹配的订单、运单号或退货编号。放在一边交给主管。</translation>
    </message>
    <message>
        <source>Order {order} came back already (return {id}, {state}). A supervisor looks at a second return.</source>
        <translation>订单 {order} 已经退回过（退货 {id}，{state}）。第二次退货由主管处理。</translation>
    </message>
    <message>
        <source>Unknown return photo &apos;{kind}&apos;: {kinds}.</source>
        <translation>未知的退货照片“{kind}”：{kinds}。</translation>
    </message>
    <message>
        <source>No return {id}.</source>
        <translation>没有退货 {id}。</translation>
    </message>
    <message>
        <source>Return {id} is {state}: unboxing is finished.</source>
        <translation>退货 {id} 为 {state}：拆箱已完成。</translation>
    </message>
    <message>
        <source>The order {order} of this return is no longer on this station.</source>
        <translation>此退货的订单 {order} 已不在本工位。</translation>
    </message>
    <message>
        <source>this parcel</source>
        <translation>本包裹</translation>
    </message>
    <message>
        <source>order {order}</source>
        <translation>订单 {order}</translation>
    </message>
    <message>
        <source>{code} is the label of {which}, not a unit: scan the units, or finish this return first.</source>
        <translation>{code} 是{which}的面单，不是商品：请扫描商品，或先完成本次退货。</translation>
    </message>
    <message>
        <source>A damaged unit needs a photo of the damage: take the damage photo, then scan it again.</source>
        <translation>损坏的商品需要一张损坏照片：先拍损坏照片，再扫描一次。</translation>
    </message>
    <message>
        <source>Photos still needed: {kinds}.</source>
        <translation>还需要照片：{kinds}。</translation>
    </message>
    <message>
        <source>Weigh the parcel as it arrived first (it is compared with the outbound weight).</source>
        <translation>请先按到货原样称重包裹（会与发货重量比较）。</translation>
    </message>
    <message>
        <source>Unit {seq} is already restocked to {bin}: move it there with a stock adjustment.</source>
        <translation>第 {seq} 件已入库到 {bin}：请用库存调整来移动。</translation>
    </message>
    <message>
        <source>The central store does not answer: the unit is not restocked. Decide again when it is back.</source>
        <translation>中央库存没有响应：该件未入库。恢复后请重新决定。</translation>
    </message>
    <message>
        <source>Return {id} is {state}: not now.</source>
        <translation>退货 {id} 为 {state}：现在不能操作。</translation>
    </message>
    <message>
        <source>Return {id} has no unit {seq}.</source>
        <translation>退货 {id} 没有第 {seq} 件。</translation>
    </message>
</context>
<context>
    <name>ReturnsDecide</name>
    <message>
        <source>Resellable</source>
        <translation>可再售</translation>
    </message>
    <message>
        <source>Refurbish</source>
        <translation>翻新</translation>
    </message>
    <message>
        <source>Write-off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Restock</source>
        <translation>重新入库</translation>
    </message>
    <message>
        <source>Dispose</source>
        <translation>报废</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>no decision</source>
        <translation>未决定</translation>
    </message>
    <message>
        <source> to {bin}</source>
        <translation> 到 {bin}</translation>
    </message>
    <message>
        <source>{decision}{where} by {who}</source>
        <translation>{decision}{where}，由 {who}</translation>
    </message>
    <message>
        <source>bin to restock to</source>
        <translation>入库的库位</translation>
    </message>
    <message>
        <source>supervisor PIN, or scan a supervisor badge</source>
        <translation>主管 PIN，或扫描主管工牌</translation>
    </message>
    <message>
        <source>Decide (supervisor)</source>
        <translation>决定（主管）</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>件</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评级</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>库位</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <source>Something went wrong ({fault}); the return stays as it was.</source>
        <translation>出错了（{fault}）；退货保持原样。</translation>
    </message>
    <message>
        <source>No returns waiting for a decision.</source>
        <translation>没有等待决定的退货。</translation>
    </message>
    <message>
        <source>Waiting for a decision: {count}</source>
        <translation>等待决定：{count}</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>{hours} h left</source>
        <translation>剩 {hours} 小时</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出库记录</translation>
    </message>
    <message>
        <source>Returns: scan the returned parcel (its label, the return id or the order id)</source>
        <translation>退货：扫描退回的包裹（面单、退货号或订单号）</translation>
    </message>
    <message>
        <source>unboxing</source>
        <translation>拆包中</translation>
    </message>
    <message>
        <source>received: {outcome}</source>
        <translation>已收到：{outcome}</translation>
    </message>
    <message>
        <source>Return of order {order} ({found}), {state}</source>
        <translation>订单 {order} 的退货（{found}），{state}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>NEXT UNIT DAMAGED</source>
        <translation>下一件已损坏</translation>
    </message>
    <message>
        <source>Photos taken: {count} · still needed: {needed}</source>
        <translation>已拍：{count} 张 · 还需：{needed}</translation>
    </message>
    <message>
        <source>{back} of {shipped} back</source>
        <translation>已退回 {back}/{shipped}</translation>
    </message>
    <message>
        <source>, {count} missing</source>
        <translation>，缺 {count} 件</translation>
    </message>
    <message>
        <source>Packed by {packer} at {station}</source>
        <translation>由 {packer} 在 {station} 打包</translation>
    </message>
    <message>
        <source>Weight {weight} · {count} proof photo(s)</source>
        <translation>重量 {weight} · {count} 张证据照片</translation>
    </message>
    <message>
        <source>Shipped {when} · manifest {manifest}</source>
        <translation>发货于 {when} · 交接单 {manifest}</translation>
    </message>
    <message>
        <source>Decision due {due}</source>
        <translation>须在 {due} 前决定</translation>
    </message>
    <message>
        <source>Back to returns</source>
        <translation>返回退货</translation>
    </message>
    <message>
        <source>Weigh</source>
        <translation>称重</translation>
    </message>
    <message>
        <source>Finish return</source>
        <translation>完成退货</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Damaged unit</source>
        <translation>损坏的件</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Reviewing orders</source>
        <translation>审核订单</translation>
    </message>
    <message>
        <source>{count} photo(s) verified</source>
        <translation>已验证 {count} 张照片</translation>
    </message>
    <message>
        <source>{count} problem(s) found</source>
        <translation>发现 {count} 个问题</translation>
    </message>
    <message>
        <source>Label preview is not available on this station.</source>
        <translation>本工位不能预览面单。</translation>
    </message>
    <message>
        <source>parcel {number}: the label cannot be drawn (the log has the details)</source>
        <translation>包裹 {number}：无法生成面单图像（详情见日志）</translation>
    </message>
    <message>
        <source>no parcel has been packed yet</source>
        <translation>还没有打包任何包裹</translation>
    </message>
    <message>
        <source>Order {order} is not flagged.</source>
        <translation>订单 {order} 没有标记。</translation>
    </message>
    <message>
        <source>No order {order}.</source>
        <translation>没有订单 {order}。</translation>
    </message>
    <message>
        <source>Write a note saying what the dispute is about.</source>
        <translation>请写一条备注，说明纠纷内容。</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {most}).</source>
        <translation>备注太长（{length} 个字符；最多 {most} 个）。</translation>
    </message>
    <message>
        <source>The date range is empty: &apos;from&apos; must be before &apos;to&apos;.</source>
        <translation>日期范围为空：“开始”必须早于“结束”。</translation>
    </message>
    <message>
        <source>Type at least one character before &apos;*&apos;.</source>
        <translation>请在“*”前至少输入一个字符。</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>打开审核窗口</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Review — {name}</source>
        <translation>审核 — {name}</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Packer metrics</source>
        <translation>打包员统计</translation>
    </message>
    <message>
        <source>Delivery exceptions</source>
        <translation>配送异常</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>电商平台</translation>
    </message>
    <message>
        <source>Seller Center sheet…</source>
        <translation>Seller Center 表格…</translation>
    </message>
    <message>
        <source>Write the TikTok Shop bulk-shipping sheet of the handed-over orders not yet reported</source>
        <translation>为已交接但未上报的订单生成 TikTok Shop 批量发货表</translation>
    </message>
    <message>
        <source>Evidence export is not available on this station.</source>
        <translation>本工位不能导出证据。</translation>
    </message>
    <message>
        <source>Could not flag {order}: {reason}</source>
        <translation>无法标记 {order}：{reason}</translation>
    </message>
    <message>
        <source>Could not clear the flag of {order}: {reason}</source>
        <translation>无法清除 {order} 的标记：{reason}</translation>
    </message>
    <message>
        <source>something went wrong (the log has the details)</source>
        <translation>出错了（详情见日志）</translation>
    </message>
    <message>
        <source>Order {order} flagged: {note}</source>
        <translation>订单 {order} 已标记：{note}</translation>
    </message>
    <message>
        <source>Flag of order {order} cleared</source>
        <translation>订单 {order} 的标记已清除</translation>
    </message>
    <message>
        <source>Export evidence packs to</source>
        <translation>证据包导出到</translation>
    </message>
    <message>
        <source>Select the orders to export first.</source>
        <translation>请先选择要导出的订单。</translation>
    </message>
    <message>
        <source>Export failed: {reason}</source>
        <translation>导出失败：{reason}</translation>
    </message>
    <message>
        <source>Evidence exported to {folder}</source>
        <translation>证据已导出到 {folder}</translation>
    </message>
    <message>
        <source>Seller Center sheet</source>
        <translation>Seller Center 表格</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Seller Center sheet not written: {reason}</source>
        <translation>未生成 Seller Center 表格：{reason}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Put the parcel on the scale.</source>
        <translation>把包裹放到秤上。</translation>
    </message>
    <message>
        <source>Scale: {message}.</source>
        <translation>秤：{message}。</translation>
    </message>
    <message>
        <source>Weighing... {grams} g</source>
        <translation>正在称重... {grams} g</translation>
    </message>
    <message>
        <source>Weight {grams} g.</source>
        <translation>重量 {grams} g。</translation>
    </message>
    <message>
        <source>Scale {state}: {detail}.</source>
        <translation>秤 {state}：{detail}。</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale (it reads {grams} g): the next weight counts once it reads zero.</source>
        <translation>把上一个包裹从秤上拿走（当前读数 {grams} g）：秤归零后下一次称重才计数。</translation>
    </message>
    <message>
        <source>Take the last parcel off the scale: the next weight counts once it reads zero.</source>
        <translation>把上一个包裹从秤上拿走：秤归零后下一次称重才计数。</translation>
    </message>
</context>
<context>
    <name>Scan</name>
    <message>
        <source>{name} ({count} left)</source>
        <translation>{name}（还差 {count}）</translation>
    </message>
    <message>
        <source>nothing more</source>
        <translation>没有了</translation>
    </message>
    <message>
        <source>Empty scan: scan the item&apos;s barcode again.</source>
        <translation>空扫描：请重新扫描商品条码。</translation>
    </message>
    <message>
        <source>That is order {other}&apos;s barcode, not an item. This order is {order}.</source>
        <translation>这是订单 {other} 的条码，不是商品。当前订单是 {order}。</translation>
    </message>
    <message>
        <source>The barcode {code} did not scan cleanly: scan it again, holding the item still and flat.</source>
        <translation>条码 {code} 没扫清楚：请重扫，商品拿稳放平。</translation>
    </message>
    <message>
        <source>This barcode ({code}) is not a product the station knows. Still to pick: {expected}.</source>
        <translation>这个条码（{code}）不是本工位认识的商品。还要拣：{expected}。</translation>
    </message>
    <message>
        <source>Wrong item: {name} is not in this order; put it back. Still to pick: {expected}.</source>
        <translation>拿错了：{name} 不在这个订单里，请放回。还要拣：{expected}。</translation>
    </message>
    <message>
        <source>Too many: {name} already {picked} / {quantity}. Put this one back.</source>
        <translation>多了：{name} 已有 {picked} / {quantity}。把这件放回去。</translation>
    </message>
</context>
<context>
    <name>ScanVerdict</name>
    <message>
        <source>ok</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>已齐</translation>
    </message>
    <message>
        <source>wrong_item</source>
        <translation>错货</translation>
    </message>
    <message>
        <source>over_scan</source>
        <translation>多扫</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <source>other_order</source>
        <translation>其他订单</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空扫描</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>无法识别</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <source>(any)</source>
        <translation>（全部）</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>已标记</translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation>未标记</translation>
    </message>
    <message>
        <source>order id (end with * for a prefix)</source>
        <translation>订单号（以 * 结尾按前缀搜索）</translation>
    </message>
    <message>
        <source>tracking number (end with * for a prefix)</source>
        <translation>运单号（以 * 结尾按前缀搜索）</translation>
    </message>
    <message>
        <source>recipient name starts with…</source>
        <translation>收件人姓名开头为…</translation>
    </message>
    <message>
        <source>anywhere in the name (slower)</source>
        <translation>姓名任意位置（较慢）</translation>
    </message>
    <message>
        <source>packer user id</source>
        <translation>打包员用户 ID</translation>
    </message>
    <message>
        <source>station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Ship-by deadline</source>
        <translation>最晚发货时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Packer</source>
        <translation>打包员</translation>
    </message>
    <message>
        <source>Station</source>
        <translation>工位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Open order</source>
        <translation>打开订单</translation>
    </message>
    <message>
        <source>Flag dispute…</source>
        <translation>标记纠纷…</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>导出所选…</translation>
    </message>
    <message>
        <source>Export whole search…</source>
        <translation>导出全部搜索结果…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>The search failed (the log has the details).</source>
        <translation>搜索失败（详情见日志）。</translation>
    </message>
    <message>
        <source>Select an order first.</source>
        <translation>请先选择一个订单。</translation>
    </message>
    <message>
        <source>No orders match.</source>
        <translation>没有匹配的订单。</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ order(s) (scroll for more)</source>
        <translation>
            <numerusform>%n+ 个订单（滚动查看更多）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Station name</source>
        <translation>工位名称</translation>
    </message>
    <message>
        <source>Scanner URL</source>
        <translation>扫描枪 URL</translation>
    </message>
    <message>
        <source>Scale URL</source>
        <translation>秤 URL</translation>
    </message>
    <message>
        <source>Printer URL</source>
        <translation>打印机 URL</translation>
    </message>
    <message>
        <source>Camera URL</source>
        <translation>摄像头 URL</translation>
    </message>
    <message>
        <source>Weight tolerance (g)</source>
        <translation>重量允差（g）</translation>
    </message>
    <message>
        <source>Weight tolerance (%)</source>
        <translation>重量允差（%）</translation>
    </message>
    <message>
        <source>Required photos (comma separated)</source>
        <translation>必拍照片（用逗号分隔）</translation>
    </message>
    <message>
        <source>Idle lock (minutes, 0 = off)</source>
        <translation>空闲锁定（分钟，0 = 关闭）</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Find devices</source>
        <translation>查找设备</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Station settings</source>
        <translation>工位设置</translation>
    </message>
    <message>
        <source>found {ports} serial port(s), {cameras} camera(s); pick from each list</source>
        <translation>找到 {ports} 个串口、{cameras} 个摄像头；请从各列表中选择</translation>
    </message>
    <message>
        <source>Looking for devices</source>
        <translation>查找设备</translation>
    </message>
    <message>
        <source>{device}: {result}</source>
        <translation>{device}：{result}</translation>
    </message>
    <message>
        <source>change what is needed, Save, then Esc to go back</source>
        <translation>修改需要的项，点保存，然后按 Esc 返回</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>关闭设置</translation>
    </message>
    <message>
        <source>Keyboard-wedge scanner (USB, types into the scan field)</source>
        <translation>键盘式扫描枪（USB，输入到扫描框）</translation>
    </message>
    <message>
        <source>Simulated scanner (no hardware)</source>
        <translation>模拟扫描枪（无硬件）</translation>
    </message>
    <message>
        <source>Simulated scale (no hardware)</source>
        <translation>模拟秤（无硬件）</translation>
    </message>
    <message>
        <source>No scale: weights typed in by hand</source>
        <translation>无秤：手动输入重量</translation>
    </message>
    <message>
        <source>Serial scanner on {where}, 9600 baud</source>
        <translation>{where} 上的串口扫描枪，9600 波特</translation>
    </message>
    <message>
        <source>Scale on {where}, MT-SICS (asked)</source>
        <translation>{where} 上的秤，MT-SICS（询问）</translation>
    </message>
    <message>
        <source>Scale on {where}, continuous output</source>
        <translation>{where} 上的秤，连续输出</translation>
    </message>
    <message>
        <source>Simulated printer (no hardware)</source>
        <translation>模拟打印机（无硬件）</translation>
    </message>
    <message>
        <source>Save labels as files in {folder}</source>
        <translation>把面单保存为文件到 {folder}</translation>
    </message>
    <message>
        <source>USB printer at {device}</source>
        <translation>{device} 上的 USB 打印机</translation>
    </message>
    <message>
        <source>Printer queue {queue} (CUPS)</source>
        <translation>打印队列 {queue}（CUPS）</translation>
    </message>
    <message>
        <source>Network printer: replace HOST with its address</source>
        <translation>网络打印机：把 HOST 换成它的地址</translation>
    </message>
    <message>
        <source>Simulated camera (no hardware)</source>
        <translation>模拟摄像头（无硬件）</translation>
    </message>
    <message>
        <source>Camera {index} ({width}x{height})</source>
        <translation>摄像头 {index}（{width}x{height}）</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>looking for devices …</source>
        <translation>正在查找设备 …</translation>
    </message>
    <message>
        <source>testing …</source>
        <translation>正在测试 …</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Sheet</name>
    <message>
        <source>{count} order(s) written to {path} ({format})</source>
        <translation>已将 {count} 个订单写入 {path}（{format}）</translation>
    </message>
    <message>
        <source>{count} order(s) already reported left out (--again to include)</source>
        <translation>已跳过 {count} 个已上报的订单（用 --again 包含）</translation>
    </message>
    <message>
        <source>{count} split order(s) left out (several parcels with different tracking numbers; ship them through the API or by hand): {orders}</source>
        <translation>已跳过 {count} 个拆分订单（多个包裹运单号不同；请通过 API 或手动发货）：{orders}</translation>
    </message>
    <message>
        <source>{count} order(s) shipped with the marketplace&apos;s own label left out (it knows their tracking numbers)</source>
        <translation>已跳过 {count} 个使用平台面单发货的订单（平台已知道运单号）</translation>
    </message>
    <message>
        <source>{count} order(s) without a tracking number left out</source>
        <translation>已跳过 {count} 个没有运单号的订单</translation>
    </message>
    <message>
        <source>carrier {carrier} ({count} order(s)) is not in the provider table; written as it is (add it under [channels.provider_names])</source>
        <translation>承运商 {carrier}（{count} 个订单）不在服务商对照表中；按原样写入（请在 [channels.provider_names] 中添加）</translation>
    </message>
</context>
<context>
    <name>SimPanel</name>
    <message>
        <source>Simulated scanner</source>
        <translation>模拟扫描枪</translation>
    </message>
    <message>
        <source>click to scan</source>
        <translation>点击即扫描</translation>
    </message>
    <message>
        <source>Next order in queue</source>
        <translation>队列中的下一个订单</translation>
    </message>
    <message>
        <source>Unknown barcode</source>
        <translation>未知条码</translation>
    </message>
    <message>
        <source>Simulated scale</source>
        <translation>模拟秤</translation>
    </message>
    <message>
        <source>Wrong weight (+20 % and 150 g)</source>
        <translation>错误重量（+20 % 加 150 g）</translation>
    </message>
    <message>
        <source>Empty scale</source>
        <translation>清空秤</translation>
    </message>
    <message>
        <source>Wrong weight: open an order at the Pack step first.</source>
        <translation>错误重量：请先在打包步骤打开一个订单。</translation>
    </message>
    <message>
        <source>The queue is empty.</source>
        <translation>队列是空的。</translation>
    </message>
</context>
<context>
    <name>Staged</name>
    <message>
        <source>Nothing staged for collection.</source>
        <translation>没有等待揽收的包裹。</translation>
    </message>
    <message>
        <source>Next collection due: order {order} ({carrier}) by {when}</source>
        <translation>下次揽收：订单 {order}（{carrier}），截止 {when}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Staged for collection&lt;/b&gt; (F12: dispatch)</source>
        <translation>&lt;b&gt;等待揽收&lt;/b&gt;（F12：交接）</translation>
    </message>
    <message>
        <source>Reading the staged parcels</source>
        <translation>读取待取包裹</translation>
    </message>
</context>
<context>
    <name>Station</name>
    <message>
        <source>{doing} failed.</source>
        <translation>{doing}失败。</translation>
    </message>
    <message>
        <source>Log in first: scan your badge or type your PIN.</source>
        <translation>请先登录：扫描工牌或输入 PIN。</translation>
    </message>
    <message>
        <source>No order is open: scan an order or press F2.</source>
        <translation>还没有打开订单：扫描订单或按 F2。</translation>
    </message>
    <message>
        <source>This</source>
        <translation>此操作</translation>
    </message>
    <message>
        <source>Not a supervisor.</source>
        <translation>不是主管。</translation>
    </message>
    <message>
        <source>{message} — all items verified. Pack it.</source>
        <translation>{message} — 所有商品已核对。开始打包。</translation>
    </message>
    <message>
        <source>Box {box} for parcel {parcel}.</source>
        <translation>包裹 {parcel} 用箱子 {box}。</translation>
    </message>
    <message>
        <source>Choosing the box</source>
        <translation>选择箱子</translation>
    </message>
    <message>
        <source>Order split into {count} parcels: weigh parcel {parcel}.</source>
        <translation>订单拆成 {count} 个包裹：请称包裹 {parcel}。</translation>
    </message>
    <message>
        <source>Adding a parcel</source>
        <translation>添加包裹</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>称重</translation>
    </message>
    <message>
        <source>Packed in {count} parcel(s). {labels}</source>
        <translation>已打包成 {count} 个包裹。{labels}</translation>
    </message>
    <message>
        <source>Finishing packing</source>
        <translation>完成打包</translation>
    </message>
    <message>
        <source>Printing the label</source>
        <translation>打印面单</translation>
    </message>
    <message>
        <source>Recording the label as printed</source>
        <translation>记录面单已打印</translation>
    </message>
    <message>
        <source>Retrying the label</source>
        <translation>重试面单</translation>
    </message>
    <message>
        <source>Reprinting the label</source>
        <translation>重新打印面单</translation>
    </message>
    <message>
        <source>Voiding the label</source>
        <translation>作废面单</translation>
    </message>
    <message>
        <source>Label printed: the printer took the waiting label.</source>
        <translation>面单已打印：打印机已接收等待中的面单。</translation>
    </message>
    <message>
        <source>Taking proof photos</source>
        <translation>拍摄证明照片</translation>
    </message>
    <message>
        <source>Press {key} to take the photo.</source>
        <translation>按 {key} 拍照。</translation>
    </message>
    <message>
        <source>Recording the supervisor&apos;s decision</source>
        <translation>记录主管的决定</translation>
    </message>
    <message>
        <source>{photos} Order {order} is done: {next}.</source>
        <translation>{photos} 订单 {order} 已完成：{next}。</translation>
    </message>
    <message>
        <source>This station has no label service: labels cannot be printed here.</source>
        <translation>本工位没有面单服务：这里不能打印面单。</translation>
    </message>
    <message>
        <source>Label reprinted ({reason}). {labels}</source>
        <translation>面单已重新打印（{reason}）。{labels}</translation>
    </message>
    <message>
        <source>Label voided by {who} ({reason}); press {key} to print a new label.</source>
        <translation>面单已被 {who} 作废（{reason}）；按 {key} 打印新面单。</translation>
    </message>
    <message>
        <source>This station has no camera set up: a supervisor may waive the photos.</source>
        <translation>本工位没有设置摄像头：主管可以免拍照片。</translation>
    </message>
    <message>
        <source>Photos stored.</source>
        <translation>照片已保存。</translation>
    </message>
    <message>
        <source>Label photo accepted by {who}.</source>
        <translation>{who} 已接受面单照片。</translation>
    </message>
    <message>
        <source>Photos waived by {who} (camera failing).</source>
        <translation>{who} 已免拍照片（摄像头故障）。</translation>
    </message>
    <message>
        <source>handed over</source>
        <translation>已交接</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>其承运商</translation>
    </message>
    <message>
        <source>staged for {carrier} ({location}): put it with that carrier&apos;s parcels</source>
        <translation>待交给 {carrier}（{location}）：和该承运商的包裹放在一起</translation>
    </message>
    <message>
        <source>staged for {carrier}: put it with that carrier&apos;s parcels</source>
        <translation>待交给 {carrier}：和该承运商的包裹放在一起</translation>
    </message>
    <message>
        <source>No weight to accept: weigh the parcel first.</source>
        <translation>没有可接受的重量：请先称包裹。</translation>
    </message>
    <message>
        <source>{code} is not a box. Scan a box code, or press {key} to weigh.</source>
        <translation>{code} 不是箱子。请扫描箱子条码，或按 {key} 称重。</translation>
    </message>
    <message>
        <source>Unknown box {code}.</source>
        <translation>未知箱子 {code}。</translation>
    </message>
    <message>
        <source>No stable weight yet: wait for the scale.</source>
        <translation>重量还不稳定：请等秤稳定。</translation>
    </message>
    <message>
        <source>Choose a box first.</source>
        <translation>请先选择箱子。</translation>
    </message>
    <message>
        <source>Admin {name} created. Log in with the PIN.</source>
        <translation>管理员 {name} 已创建。请用 PIN 登录。</translation>
    </message>
    <message>
        <source>Creating the first admin</source>
        <translation>创建第一个管理员</translation>
    </message>
    <message>
        <source>Logging in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Hello {name} ({role}).</source>
        <translation>你好，{name}（{role}）。</translation>
    </message>
    <message>
        <source>{hello} Resumed order {order} at {step}.</source>
        <translation>{hello} 已在“{step}”步骤继续订单 {order}。</translation>
    </message>
    <message>
        <source>Locked: the station was idle. Scan your badge or type your PIN.</source>
        <translation>已锁定：工位闲置。请扫描工牌或输入 PIN。</translation>
    </message>
    <message>
        <source>Logged out. Scan your badge or type your PIN.</source>
        <translation>已退出登录。请扫描工牌或输入 PIN。</translation>
    </message>
    <message>
        <source>Logging out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Opening settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>没有更改。</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}; after a restart: {later}.</source>
        <translation>已保存；立即生效：{now}；重启后生效：{later}。</translation>
    </message>
    <message>
        <source>Saved; after a restart: {later}.</source>
        <translation>已保存；重启后生效：{later}。</translation>
    </message>
    <message>
        <source>Saved; applied now: {now}.</source>
        <translation>已保存；立即生效：{now}。</translation>
    </message>
    <message>
        <source>Saving settings</source>
        <translation>保存设置</translation>
    </message>
    <message>
        <source>{refusal} (and no badge)</source>
        <translation>{refusal}（也不是工牌）</translation>
    </message>
    <message>
        <source>Taking the order</source>
        <translation>领取订单</translation>
    </message>
    <message>
        <source>{central}. {taken}</source>
        <translation>{central}。{taken}</translation>
    </message>
    <message>
        <source>Taking the next order</source>
        <translation>领取下一个订单</translation>
    </message>
    <message>
        <source>Order {order}: check it, then scan the first item.</source>
        <translation>订单 {order}：核对后扫描第一件商品。</translation>
    </message>
    <message>
        <source>Starting to pick</source>
        <translation>开始拣货</translation>
    </message>
    <message>
        <source>Order {order} is {status}: finish it or put it on hold.</source>
        <translation>订单 {order} 状态为 {status}：请完成或挂起。</translation>
    </message>
    <message>
        <source>Putting the order back</source>
        <translation>放回订单</translation>
    </message>
    <message>
        <source>Wait for the label, then stick it on the parcel.</source>
        <translation>等面单出来，然后贴在包裹上。</translation>
    </message>
    <message>
        <source>Scan not used on this step: {code}</source>
        <translation>此步骤不使用该扫描：{code}</translation>
    </message>
    <message>
        <source>Scanning</source>
        <translation>扫描</translation>
    </message>
    <message>
        <source>Last scan undone ({reason}). Put that item back.</source>
        <translation>已撤销最后一次扫描（{reason}）。请把那件商品放回去。</translation>
    </message>
    <message>
        <source>Undoing the scan</source>
        <translation>撤销扫描</translation>
    </message>
    <message>
        <source>On hold: {reason}. A supervisor can release it.</source>
        <translation>已挂起：{reason}。主管可以解除挂起。</translation>
    </message>
    <message>
        <source>Putting the order on hold</source>
        <translation>挂起订单</translation>
    </message>
    <message>
        <source>Type a note: why is this accepted?</source>
        <translation>请输入备注：为什么接受？</translation>
    </message>
    <message>
        <source>Weight of parcel {parcel} accepted by {who}.</source>
        <translation>{who} 已接受包裹 {parcel} 的重量。</translation>
    </message>
    <message>
        <source>Order {order} accepted short by {who}.</source>
        <translation>{who} 已接受订单 {order} 缺货发出。</translation>
    </message>
    <message>
        <source>Order {order} released by {who}.</source>
        <translation>{who} 已解除订单 {order} 的挂起。</translation>
    </message>
    <message>
        <source>Releasing</source>
        <translation>解除挂起</translation>
    </message>
    <message>
        <source>Opening the review window</source>
        <translation>打开审核窗口</translation>
    </message>
</context>
<context>
    <name>StationWindow</name>
    <message>
        <source>station {name}</source>
        <translation>工位 {name}</translation>
    </message>
    <message>
        <source>not logged in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>Close help</source>
        <translation>关闭帮助</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>返回打包</translation>
    </message>
    <message>
        <source>Dispatch mode</source>
        <translation>交接模式</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>Review needs a supervisor: ask one to log in with their badge.</source>
        <translation>审核需要主管：请主管用工牌登录。</translation>
    </message>
    <message>
        <source>People are managed by a supervisor or admin: ask one to log in.</source>
        <translation>人员由主管或管理员管理：请其中一位登录。</translation>
    </message>
    <message>
        <source>{command} is not available on this step.</source>
        <translation>此步骤不能用 {command}。</translation>
    </message>
    <message>
        <source>Unknown command barcode {code}: print a new command sheet.</source>
        <translation>未知的命令条码 {code}：请打印新的命令表。</translation>
    </message>
    <message>
        <source>Log in first, then press Ctrl+T for returns.</source>
        <translation>请先登录，再按 Ctrl+T 处理退货。</translation>
    </message>
    <message>
        <source>Counting stock needs a supervisor: ask one to log in with their badge.</source>
        <translation>盘点库存需要主管：请一位主管刷工牌登录。</translation>
    </message>
    <message>
        <source> (did you mean {code}?)</source>
        <translation>（是不是 {code}？）</translation>
    </message>
    <message>
        <source>Scan not read: {reason}</source>
        <translation>扫描未识别：{reason}</translation>
    </message>
    <message>
        <source>{device} is back.</source>
        <translation>{device} 已恢复。</translation>
    </message>
    <message>
        <source>Video: {message} Packing goes on; the order is marked video incomplete.</source>
        <translation>视频：{message} 打包继续；此订单标记为视频不完整。</translation>
    </message>
    <message>
        <source>Video: {message}</source>
        <translation>视频：{message}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Ready</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Picked</source>
        <translation>已拣</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Labelled</source>
        <translation>已贴面单</translation>
    </message>
    <message>
        <source>Photographed</source>
        <translation>已拍照</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>待交接</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>挂起</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>In transit</source>
        <translation>运输中</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>延误</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>丢失</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation>派送中</translation>
    </message>
    <message>
        <source>Delivery failed</source>
        <translation>派送失败</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
</context>
<context>
    <name>Step</name>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Pick</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>Photograph</source>
        <translation>拍照</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <source>{sku} ({needed} needed, {available} available)</source>
        <translation>{sku}（需要 {needed}，可用 {available}）</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>有库存</translation>
    </message>
    <message>
        <source>waiting for stock: {missing}</source>
        <translation>等待库存：{missing}</translation>
    </message>
    <message>
        <source>low stock: {sku} has {available} available (alert at {threshold})</source>
        <translation>库存不足：{sku} 可用 {available}（提醒阈值 {threshold}）</translation>
    </message>
</context>
<context>
    <name>StockCount</name>
    <message>
        <source>The count could not be read or written; nothing was changed, try again.</source>
        <translation>盘点无法读取或写入；没有任何改动，请重试。</translation>
    </message>
    <message>
        <source>No units counted yet.</source>
        <translation>还没有清点任何件。</translation>
    </message>
    <message>
        <source>  difference {diff}</source>
        <translation>  差异 {diff}</translation>
    </message>
    <message>
        <source>{sku}: counted {counted}, books {expected}</source>
        <translation>{sku}：清点 {counted}，账面 {expected}</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label.</source>
        <translation>扫描库位标签。</translation>
    </message>
    <message>
        <source>Counted. Scan the next bin&apos;s label.</source>
        <translation>已盘点。扫描下一个库位标签。</translation>
    </message>
    <message>
        <source>Scan the label of the bin to count.</source>
        <translation>扫描要盘点的库位标签。</translation>
    </message>
    <message>
        <source>Scan every unit in bin {bin}, then confirm the count.</source>
        <translation>扫描库位 {bin} 中的每一件，然后确认盘点数。</translation>
    </message>
    <message>
        <source>Bin {bin}: scan each unit, then confirm.</source>
        <translation>库位 {bin}：逐件扫描，然后确认。</translation>
    </message>
    <message>
        <source>Nothing was read; scan again.</source>
        <translation>未读到内容；请重新扫描。</translation>
    </message>
    <message>
        <source>{code} is a product barcode: scan the bin&apos;s label first.</source>
        <translation>{code} 是商品条码：请先扫描库位标签。</translation>
    </message>
    <message>
        <source>Unknown barcode {code}: not counted.</source>
        <translation>未知条码 {code}：不计数。</translation>
    </message>
    <message>
        <source>No {sku} counted to take back.</source>
        <translation>没有已盘点的 {sku} 可撤回。</translation>
    </message>
    <message>
        <source>No unit counted to take back.</source>
        <translation>没有已盘点的件可撤回。</translation>
    </message>
    <message>
        <source>Scan the bin&apos;s label first.</source>
        <translation>请先扫描库位标签。</translation>
    </message>
    <message>
        <source>{sku}: counted {counted} but {reserved} are reserved for orders; count again or release those orders.</source>
        <translation>{sku}：盘点 {counted} 件，但已有 {reserved} 件为订单预留；请重新盘点或释放这些订单。</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>无差异</translation>
    </message>
    <message>
        <source>Bin {bin} counted: {words}.</source>
        <translation>库位 {bin} 已盘点：{words}。</translation>
    </message>
    <message>
        <source>Count cancelled; nothing was changed.</source>
        <translation>已取消盘点；没有任何更改。</translation>
    </message>
    <message>
        <source>{sku}: {count} counted.</source>
        <translation>{sku}：已盘点 {count} 件。</translation>
    </message>
</context>
<context>
    <name>StockCountPage</name>
    <message>
        <source>Counted</source>
        <translation>已清点</translation>
    </message>
    <message>
        <source>Stock count: bin {bin} counted. Scan the next bin&apos;s label.</source>
        <translation>盘点：库位 {bin} 已点完。扫下一个库位的标签。</translation>
    </message>
    <message>
        <source>Stock count: bin {bin}</source>
        <translation>盘点：库位 {bin}</translation>
    </message>
    <message>
        <source>Stock count: scan the bin&apos;s label</source>
        <translation>盘点：扫库位标签</translation>
    </message>
    <message>
        <source>Recorded: {list}</source>
        <translation>已记录：{list}</translation>
    </message>
    <message>
        <source>Differences: {list}</source>
        <translation>差异：{list}</translation>
    </message>
    <message>
        <source>No differences (recorded)</source>
        <translation>无差异（已记录）</translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>无差异</translation>
    </message>
    <message>
        <source>Back to packing</source>
        <translation>返回打包</translation>
    </message>
    <message>
        <source>Confirm count</source>
        <translation>确认盘点</translation>
    </message>
    <message>
        <source>Take back last unit</source>
        <translation>撤回上一件</translation>
    </message>
    <message>
        <source>Cancel count</source>
        <translation>取消盘点</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>scanned {sku} ({picked}/{quantity})</source>
        <translation>扫描了 {sku}（{picked}/{quantity}）</translation>
    </message>
    <message>
        <source>scan {barcode} rejected: {why}</source>
        <translation>扫描 {barcode} 被拒绝：{why}</translation>
    </message>
    <message>
        <source>undid scan of {sku}: {reason}</source>
        <translation>撤销了 {sku} 的扫描：{reason}</translation>
    </message>
    <message>
        <source>held: {reason}</source>
        <translation>挂起：{reason}</translation>
    </message>
    <message>
        <source>released back to {status} — note: &quot;{note}&quot;</source>
        <translation>解除挂起，回到 {status} — 备注：“{note}”</translation>
    </message>
    <message>
        <source>released back to {status}</source>
        <translation>解除挂起，回到 {status}</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g</source>
        <translation>包裹 {parcel} 称得 {grams} g，预计 {expected} g</translation>
    </message>
    <message>
        <source>parcel {parcel} weighed {grams} g, expected {expected} g (out of tolerance)</source>
        <translation>包裹 {parcel} 称得 {grams} g，预计 {expected} g（超出允许范围）</translation>
    </message>
    <message>
        <source>weight of parcel {parcel} accepted: {reason}</source>
        <translation>包裹 {parcel} 的重量已放行：{reason}</translation>
    </message>
    <message>
        <source>label printed, tracking {tracking}</source>
        <translation>面单已打印，运单号 {tracking}</translation>
    </message>
    <message>
        <source>label reprinted: {reason}</source>
        <translation>面单已重打：{reason}</translation>
    </message>
    <message>
        <source>label {tracking} voided: {reason}</source>
        <translation>面单 {tracking} 已作废：{reason}</translation>
    </message>
    <message>
        <source>photo {kind} (label visible)</source>
        <translation>照片 {kind}（面单可见）</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>照片 {kind}</translation>
    </message>
    <message>
        <source>photos waived ({missing}): {reason}</source>
        <translation>免拍照片（{missing}）：{reason}</translation>
    </message>
    <message>
        <source>dispute flagged: {note}</source>
        <translation>标记纠纷：{note}</translation>
    </message>
    <message>
        <source>flag cleared {note}</source>
        <translation>标记已清除 {note}</translation>
    </message>
    <message>
        <source>flag cleared</source>
        <translation>标记已清除</translation>
    </message>
    <message>
        <source>cancelled: {reason}</source>
        <translation>已取消：{reason}</translation>
    </message>
    <message>
        <source>carrier: {status} {note}</source>
        <translation>承运商：{status} {note}</translation>
    </message>
    <message>
        <source>carrier: {status}</source>
        <translation>承运商：{status}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup in {location}</source>
        <translation>待 {carrier} 揽收，放在 {location}</translation>
    </message>
    <message>
        <source>staged for {carrier}, waiting for pickup</source>
        <translation>待 {carrier} 揽收</translation>
    </message>
    <message>
        <source>its carrier</source>
        <translation>其承运商</translation>
    </message>
    <message>
        <source>parcel {parcel} scanned into handover {manifest}</source>
        <translation>包裹 {parcel} 已扫入交接 {manifest}</translation>
    </message>
    <message>
        <source>refused at handover {manifest}: {message}</source>
        <translation>交接 {manifest} 时被拒：{message}</translation>
    </message>
    <message>
        <source>partial handover allowed in {manifest}: {reason}</source>
        <translation>交接 {manifest} 允许部分交接：{reason}</translation>
    </message>
    <message>
        <source>shipped: handed over in manifest {manifest}</source>
        <translation>已发货：在交接单 {manifest} 中交接</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{status} ({rule}): {note}</source>
        <translation>{status}（{rule}）：{note}</translation>
    </message>
    <message>
        <source>{status} ({rule}):</source>
        <translation>{status}（{rule}）：</translation>
    </message>
    <message>
        <source>proof of delivery kept: {source}</source>
        <translation>已保存送达凭证：{source}</translation>
    </message>
    <message>
        <source>alert: {what}</source>
        <translation>警报：{what}</translation>
    </message>
</context>
<context>
    <name>Trouble</name>
    <message>
        <source>Printer</source>
        <translation>打印机</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>秤</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描枪</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>相机</translation>
    </message>
    <message>
        <source>check its cable and power</source>
        <translation>检查线缆和电源</translation>
    </message>
    <message>
        <source>check its cable (or plug it in again)</source>
        <translation>检查线缆（或重新插上）</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when it is back</source>
        <translation>可以继续打包；恢复后订单会发送</translation>
    </message>
    <message>
        <source>packing goes on; orders are sent when the network is back</source>
        <translation>可以继续打包；网络恢复后订单会发送</translation>
    </message>
    <message>
        <source>Printer out of labels: load a new roll, then press Retry.</source>
        <translation>打印机没标签了：装上新卷，然后按“重试”。</translation>
    </message>
    <message>
        <source>Printer ribbon finished: put in a new ribbon, then press Retry.</source>
        <translation>打印机色带用完：换新色带，然后按“重试”。</translation>
    </message>
    <message>
        <source>Printer lid open: close it, then press Retry.</source>
        <translation>打印机盖开着：盖好，然后按“重试”。</translation>
    </message>
    <message>
        <source>Printer paused: press its pause button once.</source>
        <translation>打印机暂停了：按一下它的暂停键。</translation>
    </message>
    <message>
        <source>Printer not answering: check its cable and power.</source>
        <translation>打印机没响应：检查线缆和电源。</translation>
    </message>
    <message>
        <source>Printer needs attention: look at its display or lights.</source>
        <translation>打印机需要处理：看它的屏幕或指示灯。</translation>
    </message>
    <message>
        <source>{device} not answering: {check}.</source>
        <translation>{device} 没响应：{check}。</translation>
    </message>
    <message>
        <source>{device} is slow to answer: {check}, then try again.</source>
        <translation>{device} 响应太慢：{check}，然后重试。</translation>
    </message>
    <message>
        <source>{device} not found: {check}, or choose it again in Settings (Ctrl+S).</source>
        <translation>找不到{device}：{check}，或在设置（Ctrl+S）中重新选择。</translation>
    </message>
    <message>
        <source>{device} cannot be used by this station (no permission): ask the admin to set it up.</source>
        <translation>本工位无法使用{device}（没有权限）：请管理员设置。</translation>
    </message>
    <message>
        <source>The disk is full: ask the admin to free space; packing goes on.</source>
        <translation>磁盘满了：请管理员清理空间；可以继续打包。</translation>
    </message>
    <message>
        <source>{device} trouble: {check}, then try again.</source>
        <translation>{device} 出问题了：{check}，然后重试。</translation>
    </message>
    <message>
        <source>Camera picture frozen: check its cable (or plug it in again).</source>
        <translation>相机画面卡住：检查线缆（或重新插上）。</translation>
    </message>
    <message>
        <source>{doing} did not work: the disk is full. Ask the admin to free space.</source>
        <translation>{doing}没有成功：磁盘满了。请管理员清理空间。</translation>
    </message>
    <message>
        <source>{doing} did not work: a device or the network did not answer. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing}没有成功：设备或网络没响应。请重试；一直不行就叫主管。</translation>
    </message>
    <message>
        <source>{doing} did not work. Try again; if it keeps failing, call a supervisor.</source>
        <translation>{doing}没有成功。请重试；一直不行就叫主管。</translation>
    </message>
    <message>
        <source>The printer stopped answering while the label was sent: if no label came out, press Reprint.</source>
        <translation>发送标签时打印机没响应了：如果标签没出来，按“重新打印”。</translation>
    </message>
    <message>
        <source> The label prints when it answers.</source>
        <translation> 打印机恢复响应后会打印标签。</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>ok</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>文件已改变</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>文件丢失</translation>
    </message>
    <message>
        <source>record_edited</source>
        <translation>记录被修改</translation>
    </message>
    <message>
        <source>chain_broken</source>
        <translation>链条断裂</translation>
    </message>
    <message>
        <source>reordered</source>
        <translation>顺序被调换</translation>
    </message>
</context>
<context>
    <name>Video</name>
    <message>
        <source>no video</source>
        <translation>无视频</translation>
    </message>
    <message>
        <source>{seconds} s missing</source>
        <translation>缺少 {seconds} 秒</translation>
    </message>
    <message>
        <source>accepted by {user} at {when} ({what}): {reason}</source>
        <translation>由 {user} 于 {when} 接受（{what}）：{reason}</translation>
    </message>
    <message>
        <source>Video complete: {count} segment(s)</source>
        <translation>视频完整：{count} 段</translation>
    </message>
    <message>
        <source>No packing video</source>
        <translation>没有打包视频</translation>
    </message>
    <message>
        <source>Video incomplete: {seconds} s missing</source>
        <translation>视频不完整：缺少 {seconds} 秒</translation>
    </message>
    <message>
        <source>{what}; {acceptance}</source>
        <translation>{what}；{acceptance}</translation>
    </message>
    <message>
        <source>{what}; the earlier acceptance ({seconds} s) no longer covers it</source>
        <translation>{what}；之前的接受（{seconds} 秒）已不再覆盖</translation>
    </message>
    <message>
        <source>{what}; not accepted by a supervisor</source>
        <translation>{what}；主管尚未接受</translation>
    </message>
    <message>
        <source>Accepting an incomplete video</source>
        <translation>接受不完整的视频</translation>
    </message>
    <message>
        <source>Say why the incomplete video is accepted.</source>
        <translation>请说明接受不完整视频的原因。</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>原因太长（最多 {most} 个字符）。</translation>
    </message>
    <message>
        <source>There is no order {order}.</source>
        <translation>没有订单 {order}。</translation>
    </message>
    <message>
        <source>The video of order {order} is complete: nothing to accept.</source>
        <translation>订单 {order} 的视频是完整的：无需接受。</translation>
    </message>
    <message>
        <source>The video of order {order} is already accepted.</source>
        <translation>订单 {order} 的视频已被接受。</translation>
    </message>
    <message>
        <source>scan {barcode} ok ({picked}/{quantity})</source>
        <translation>扫描 {barcode} 正确（{picked}/{quantity}）</translation>
    </message>
    <message>
        <source>scan {barcode} {verdict}</source>
        <translation>扫描 {barcode} {verdict}</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>weight {grams} g</source>
        <translation>重量 {grams} g</translation>
    </message>
    <message>
        <source>label {tracking}</source>
        <translation>面单 {tracking}</translation>
    </message>
    <message>
        <source>label</source>
        <translation>面单</translation>
    </message>
    <message>
        <source>photo {kind}</source>
        <translation>照片 {kind}</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
</context>
<context>
    <name>VideoDecisionBar</name>
    <message>
        <source>Accept incomplete video…</source>
        <translation>接受不完整的视频…</translation>
    </message>
    <message>
        <source>Checking the video…</source>
        <translation>正在检查视频…</translation>
    </message>
    <message>
        <source>The video could not be checked (the log has the details).</source>
        <translation>无法检查视频（详情见日志）。</translation>
    </message>
    <message>
        <source>Accept incomplete video</source>
        <translation>接受不完整的视频</translation>
    </message>
    <message>
        <source>Why is the video of order {order} accepted as it is?</source>
        <translation>为什么按现状接受订单 {order} 的视频？</translation>
    </message>
    <message>
        <source>the decision could not be saved (the log has the details)</source>
        <translation>无法保存决定（详情见日志）</translation>
    </message>
    <message>
        <source>Not accepted: {reason}</source>
        <translation>未接受：{reason}</translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message>
        <source>No video for this order.</source>
        <translation>此订单没有视频。</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>◀ frame</source>
        <translation>◀ 帧</translation>
    </message>
    <message>
        <source>frame ▶</source>
        <translation>帧 ▶</translation>
    </message>
    <message>
        <source>◀◀ event</source>
        <translation>◀◀ 事件</translation>
    </message>
    <message>
        <source>event ▶▶</source>
        <translation>事件 ▶▶</translation>
    </message>
    <message>
        <source>Export clip…</source>
        <translation>导出片段…</translation>
    </message>
    <message numerus="yes">
        <source>Packing video {start}Z, {seconds} s, %n event(s)</source>
        <translation>
            <numerusform>打包视频 {start}Z，{seconds} 秒，%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>VIDEO INCOMPLETE ({seconds} s missing)</source>
        <translation>视频不完整（缺少 {seconds} 秒）</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>{event} at {time}Z</source>
        <translation>{event}，时间 {time}Z</translation>
    </message>
    <message>
        <source>Export clip</source>
        <translation>导出片段</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 视频 (*.mp4)</translation>
    </message>
    <message>
        <source>Clip not exported (the log has the details).</source>
        <translation>片段未导出（详情见日志）。</translation>
    </message>
</context>
</TS>
