package kaohe.supervision.event;

/** How a reminder reaches a person: the in-app inbox (always), e-mail, a WeCom or DingTalk group robot. */
public enum Channel {
    INBOX, EMAIL, WECOM, DINGTALK
}
