package cn.yingji.notifications;

import cn.yingji.platform.Labelled;

/** How a notification leaves the platform (消息外发): the channels an office's routes use. */
public enum OutboundChannel implements Labelled {

    /** 短信 to a mobile number (e.g. the duty room's). */
    SMS("sms", "短信"),
    /** 政务微信: a group robot's address. */
    GOV_WECHAT("gov_wechat", "政务微信"),
    /** 钉钉 (浙政钉 and the like): a group robot's address. */
    DINGTALK("dingtalk", "钉钉"),
    /** 电子邮件 to an address. */
    EMAIL("email", "电子邮件");

    private final String literal;
    private final String label;

    OutboundChannel(String literal, String label) {
        this.literal = literal;
        this.label = label;
    }

    @Override
    public String literal() {
        return literal;
    }

    @Override
    public String label() {
        return label;
    }

    /** Whether {@code address} is one this channel can send to: a mobile number, an e-mail address, an https robot address. */
    public boolean accepts(String address) {
        return switch (this) {
            case SMS -> address.matches("1[3-9]\\d{9}");
            case EMAIL -> address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
            case GOV_WECHAT, DINGTALK -> address.matches("https://\\S+");
        };
    }

    /** What {@link #accepts} asks for, in words. */
    public String addressRule() {
        return switch (this) {
            case SMS -> "11 位手机号码";
            case EMAIL -> "电子邮件地址";
            case GOV_WECHAT, DINGTALK -> "以 https:// 开头的群机器人地址";
        };
    }
}
