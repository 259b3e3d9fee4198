<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ConfirmPage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchBoardPage</name>
    <message numerus="yes">
        <source>%n staged order(s)</source>
        <translation>
            <numerusform>%n staged order</numerusform>
            <numerusform>%n staged orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DispatchPage</name>
    <message numerus="yes">
        <source>%n parcel(s)</source>
        <translation>
            <numerusform>%n parcel</numerusform>
            <numerusform>%n parcels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExceptionsPage</name>
    <message numerus="yes">
        <source>%n shipment(s) in exception or at risk</source>
        <translation>
            <numerusform>%n shipment in exception or at risk</numerusform>
            <numerusform>%n shipments in exception or at risk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message numerus="yes">
        <source>Returns per SKU and reason: %n unit(s) checked at returns in the period</source>
        <translation>
            <numerusform>Returns per SKU and reason: %n unit checked at returns in the period</numerusform>
            <numerusform>Returns per SKU and reason: %n units checked at returns in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) done in the period</source>
        <translation>
            <numerusform>%n order done in the period</numerusform>
            <numerusform>%n orders done in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message numerus="yes">
        <source>%n order(s) ready to pack</source>
        <translation>
            <numerusform>%n order ready to pack</numerusform>
            <numerusform>%n orders ready to pack</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on hold at the marketplace (not packable yet)</source>
        <translation>
            <numerusform>%n on hold at the marketplace (not packable yet)</numerusform>
            <numerusform>%n on hold at the marketplace (not packable yet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ order(s) (scroll for more)</source>
        <translation>
            <numerusform>%n+ order (scroll for more)</numerusform>
            <numerusform>%n+ orders (scroll for more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VideoPlayer</name>
    <message numerus="yes">
        <source>Packing video {start}Z, {seconds} s, %n event(s)</source>
        <translation>
            <numerusform>Packing video {start}Z, {seconds} s, %n event</numerusform>
            <numerusform>Packing video {start}Z, {seconds} s, %n events</numerusform>
        </translation>
    </message>
</context>
</TS>
