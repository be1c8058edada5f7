package org.branchbook.dues;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DuesPaymentMethod", description = "CASH 现金, BANK_TRANSFER 银行转账, WECHAT 微信, ALIPAY 支付宝, OTHER 其他")
public enum PaymentMethod {
    CASH("现金"),
    BANK_TRANSFER("银行转账"),
    WECHAT("微信"),
    ALIPAY("支付宝"),
    OTHER("其他");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
