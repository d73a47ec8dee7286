${period}绩效考核结果：${name}（${agentId}），总分 ${total}
