${name}，您好：

附件是您${period}的绩效考核表（工号 ${agentId}，小组 ${team}）。

总分：${total}　排名：${rank}/${agents}　绩效系数：${coefficient}

请仔细核对，并于 ${deadline} 前确认考核结果。
如有异议，请在此日期前向主管提出，由客服经理复核确认；逾期视为确认。

<#if store?has_content>${store} </#if>客服部
