Dear ${name},

Attached is your performance scorecard for ${period} (agent ID ${agentId}, team ${team}).

Total: ${total}   Rank: ${rank} of ${agents}   Coefficient: ${coefficient}

Please check it and confirm your result by ${deadline}.
If you disagree with anything, tell your supervisor before that date; the customer-service
manager will review it. Without a reply by then the result counts as confirmed.

<#if store?has_content>${store} </#if>Customer Service
