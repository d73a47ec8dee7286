Your assessment for ${period}: ${name} (${agentId}), total ${total}
