<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>物业前台</source>
        <translation>pmdesk</translation>
    </message>
    <message>
        <source>本程序</source>
        <translation>this program</translation>
    </message>
    <message>
        <source>文泉驿微米黑</source>
        <translation>WenQuanYi Micro Hei</translation>
    </message>
    <message>
        <source>表格、收据和表单的字体</source>
        <translation>the font of tables, receipts and forms</translation>
    </message>
    <message>
        <source>思源宋体（Noto Serif CJK SC）</source>
        <translation>Noto Serif CJK SC (思源宋体)</translation>
    </message>
    <message>
        <source>信函和通知的字体</source>
        <translation>the font of letters and notices</translation>
    </message>
    <message>
        <source>花园明朝（Hanazono Mincho）</source>
        <translation>Hanazono Mincho (花园明朝)</translation>
    </message>
    <message>
        <source>姓名中生僻字的字体</source>
        <translation>the font of rare characters in names</translation>
    </message>
    <message>
        <source>打开文件夹</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>关于物业前台</source>
        <translation>About pmdesk</translation>
    </message>
    <message>
        <source>程序与数据</source>
        <translation>Program and data</translation>
    </message>
    <message>
        <source>许可</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <source>&lt;h2&gt;物业前台 {version}&lt;/h2&gt;&lt;p&gt;住宅小区物业服务中心的前台软件：住户档案、物业收费、投诉报修、社区活动与通知文书。&lt;/p&gt;</source>
        <translation>&lt;h2&gt;pmdesk {version}&lt;/h2&gt;&lt;p&gt;The front desk of a residential property-management office: the household register, property fees, complaints and repairs, community events, notices and letters.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>版本</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>数据版本</source>
        <translation>Data version</translation>
    </message>
    <message>
        <source>本机的服务器备份</source>
        <translation>Server backups on this PC</translation>
    </message>
    <message>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>日志</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>物业前台是自由软件，按 GNU 通用公共许可证第 3 版或（由您选择）任何更新的版本（GPL-3.0-or-later）发布，不提供任何担保。打印的文书中嵌入以下字体，它们的许可允许随文书分发。</source>
        <translation>pmdesk is free software, released under the GNU General Public License version 3 or (at your option) any later version (GPL-3.0-or-later), without any warranty. The printed documents embed the fonts below, whose licences allow them to travel with the documents.</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>主管</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>前台</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>“{action}”需要主管权限。请主管输入自己的账号和密码授权这一次操作（会记入操作日志）。</source>
        <translation>“{action}” needs a manager. A manager enters their own name and password to approve this one action (it is written to the audit log).</translation>
    </message>
    <message>
        <source>主管授权</source>
        <translation>Manager approval</translation>
    </message>
    <message>
        <source>创建主管账号</source>
        <translation>Create the manager account</translation>
    </message>
    <message>
        <source>这个数据库还没有登录账号。请先为主管（负责人）创建账号；前台人员的账号可以之后在“设置 → 账号与权限”中添加。</source>
        <translation>This database has no accounts yet. First create the manager&apos;s account; the clerks&apos; accounts can be added later under “Settings → Accounts and rights”.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Again</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>锁定至 {time}</source>
        <translation>Locked until {time}</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>创建时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>再输入一次</source>
        <translation>Again</translation>
    </message>
    <message>
        <source>账号与权限</source>
        <translation>Accounts and rights</translation>
    </message>
    <message>
        <source>前台可以收款、登记和打印；作废收据、减免、修改收费项目和单价、从备份恢复、查看完整证件号和管理账号需要主管（或主管当场输入密码授权）。账号不能删除，离职人员请停用。</source>
        <translation>Clerks take payments, keep the register and print; voiding receipts, reductions, changing fee items and rates, restoring backups, seeing full ID numbers and managing accounts need a manager (or a manager&apos;s password on the spot). Accounts are never deleted: disable those of people who left.</translation>
    </message>
    <message>
        <source>新增账号…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>改为主管/前台</source>
        <translation>Make manager/clerk</translation>
    </message>
    <message>
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>修改我的密码…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>新增账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>重设密码 — {name}</source>
        <translation>Reset password — {name}</translation>
    </message>
    <message>
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>保留最近的自动备份</source>
        <translation>Keep the newest automatic backups</translation>
    </message>
    <message>
        <source> 份</source>
        <translation> copies</translation>
    </message>
    <message>
        <source>再保留每天一份</source>
        <translation>Then one a day for</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>再保留每月一份</source>
        <translation>Then one a month for</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>有改动时自动备份间隔</source>
        <translation>Back up while changes happen every</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>多久没备份到U盘就提醒</source>
        <translation>Remind when no copy left the PC for</translation>
    </message>
    <message>
        <source>无操作多久锁屏</source>
        <translation>Lock the screen after no input for</translation>
    </message>
    <message>
        <source>备份与锁屏</source>
        <translation>Backups and screen lock</translation>
    </message>
    <message>
        <source>不锁屏</source>
        <translation>Never</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>物业前台</source>
        <translation>Property Desk</translation>
    </message>
    <message>
        <source>复制到本机的位置</source>
        <translation>Where to copy it on this PC</translation>
    </message>
    <message>
        <source>无法复制</source>
        <translation>Cannot copy</translation>
    </message>
    <message>
        <source>无法恢复</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <source>复制到本机并打开…</source>
        <translation>Copy to this PC and open…</translation>
    </message>
    <message>
        <source>从备份恢复…</source>
        <translation>Restore from a backup…</translation>
    </message>
    <message>
        <source>打开其他数据库…</source>
        <translation>Open another database…</translation>
    </message>
    <message>
        <source>打开数据库</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>无法连接服务器</source>
        <translation>Cannot connect to the server</translation>
    </message>
    <message>
        <source>重试</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>连接设置…</source>
        <translation>Connection settings…</translation>
    </message>
    <message>
        <source>数据库 (*.db)</source>
        <translation>Databases (*.db)</translation>
    </message>
</context>
<context>
    <name>ArchiveDialog</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>生成时间</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>标题 / 事由</source>
        <translation>Title / subject</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>文书档案</source>
        <translation>Document archive</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>按标题、房号、姓名或编号查找，如 11-2-1004、TS2026-00902</source>
        <translation>Find by title, room, name or number, e.g. 11-2-1004, TS2026-00902</translation>
    </message>
    <message>
        <source>打开 / 重新打印(&amp;O)</source>
        <translation>&amp;Open / print again</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{count} 份文书</source>
        <translation>{count} documents</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>收款与作废</source>
        <translation>Payments and voids</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Reductions</translation>
    </message>
    <message>
        <source>收费项目、规则与出账</source>
        <translation>Fee items, rules and billing</translation>
    </message>
    <message>
        <source>催缴</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>住户与人员</source>
        <translation>Households and people</translation>
    </message>
    <message>
        <source>查看证件号与导出</source>
        <translation>ID numbers seen and exports</translation>
    </message>
    <message>
        <source>登录与账号</source>
        <translation>Sign-ins and accounts</translation>
    </message>
    <message>
        <source>备份、恢复与设置</source>
        <translation>Backups, restores and settings</translation>
    </message>
    <message>
        <source>投诉报修与活动</source>
        <translation>Complaints, repairs and events</translation>
    </message>
    <message>
        <source>满意度调查</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>事件与联系单位</source>
        <translation>Incidents and contacts</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>作废收据</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <source>预存抵扣</source>
        <translation>Credit applied</translation>
    </message>
    <message>
        <source>出账</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>新增收费项目</source>
        <translation>New fee item</translation>
    </message>
    <message>
        <source>修改收费依据与价格形式</source>
        <translation>Change a fee item&apos;s basis and price form</translation>
    </message>
    <message>
        <source>调价</source>
        <translation>Rate change</translation>
    </message>
    <message>
        <source>停收</source>
        <translation>Fee item stopped</translation>
    </message>
    <message>
        <source>修改收费设置</source>
        <translation>Fee settings changed</translation>
    </message>
    <message>
        <source>登录</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>退出登录</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <source>密码错误</source>
        <translation>Wrong password</translation>
    </message>
    <message>
        <source>新增账号</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>修改身份</source>
        <translation>Role changed</translation>
    </message>
    <message>
        <source>启用账号</source>
        <translation>Account enabled</translation>
    </message>
    <message>
        <source>停用账号</source>
        <translation>Account disabled</translation>
    </message>
    <message>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <source>查看完整证件号</source>
        <translation>Full ID number seen</translation>
    </message>
    <message>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>导入名册</source>
        <translation>Roster import</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>备份到U盘或其他位置</source>
        <translation>Backup to a USB stick or elsewhere</translation>
    </message>
    <message>
        <source>修改备份与锁屏设置</source>
        <translation>Backup and lock settings changed</translation>
    </message>
    <message>
        <source>入住登记</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Move out</translation>
    </message>
    <message>
        <source>修改人员信息</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>修改房屋信息</source>
        <translation>Unit changed</translation>
    </message>
    <message>
        <source>修改标签</source>
        <translation>Tags changed</translation>
    </message>
    <message>
        <source>修改办公室信息</source>
        <translation>Office profile changed</translation>
    </message>
    <message>
        <source>登记车辆</source>
        <translation>Car registered</translation>
    </message>
    <message>
        <source>车辆注销</source>
        <translation>Car removed</translation>
    </message>
    <message>
        <source>建立催缴记录</source>
        <translation>Collection case opened</translation>
    </message>
    <message>
        <source>修改催缴记录</source>
        <translation>Collection case changed</translation>
    </message>
    <message>
        <source>催缴跟进</source>
        <translation>Collection follow-up</translation>
    </message>
    <message>
        <source>开具催缴通知书</source>
        <translation>Demand letters issued</translation>
    </message>
    <message>
        <source>登记送达</source>
        <translation>Delivery recorded</translation>
    </message>
    <message>
        <source>分期协议</source>
        <translation>Instalment agreement</translation>
    </message>
    <message>
        <source>生成文书</source>
        <translation>Document issued</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <source>受理投诉报修</source>
        <translation>Complaint received</translation>
    </message>
    <message>
        <source>添加附件</source>
        <translation>Attachment added</translation>
    </message>
    <message>
        <source>修改处理时限</source>
        <translation>Deadlines changed</translation>
    </message>
    <message>
        <source>新建活动</source>
        <translation>Event created</translation>
    </message>
    <message>
        <source>修改活动</source>
        <translation>Event changed</translation>
    </message>
    <message>
        <source>活动报名</source>
        <translation>Event sign-up</translation>
    </message>
    <message>
        <source>取消报名</source>
        <translation>Sign-up withdrawn</translation>
    </message>
    <message>
        <source>活动签到</source>
        <translation>Event check-in</translation>
    </message>
    <message>
        <source>现场登记</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>候补住户入场</source>
        <translation>Waiting household admitted</translation>
    </message>
    <message>
        <source>添加住户</source>
        <translation>Household added</translation>
    </message>
    <message>
        <source>新建满意度调查</source>
        <translation>New satisfaction survey</translation>
    </message>
    <message>
        <source>录入答卷</source>
        <translation>Survey form entered</translation>
    </message>
    <message>
        <source>问卷未交回</source>
        <translation>Survey form not returned</translation>
    </message>
    <message>
        <source>添加整改措施</source>
        <translation>Improvement measure added</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>Improvement measure done</translation>
    </message>
    <message>
        <source>修改满意度达标线</source>
        <translation>Satisfaction standard changed</translation>
    </message>
    <message>
        <source>登记事件</source>
        <translation>Report incident</translation>
    </message>
    <message>
        <source>事件进展</source>
        <translation>Incident update</translation>
    </message>
    <message>
        <source>告知受影响住户</source>
        <translation>Household told of incident</translation>
    </message>
    <message>
        <source>结束事件</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <source>重新打开事件</source>
        <translation>Reopen incident</translation>
    </message>
    <message>
        <source>新增联系单位</source>
        <translation>Add organisation</translation>
    </message>
    <message>
        <source>修改联系单位</source>
        <translation>Change organisation</translation>
    </message>
    <message>
        <source>联系单位人员</source>
        <translation>Organisation&apos;s person</translation>
    </message>
    <message>
        <source>记录联系</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>联系记录附件</source>
        <translation>Contact file</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Sign-up</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>递补</source>
        <translation>Moved up</translation>
    </message>
    <message>
        <source>分类</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>原为</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>原欠费</source>
        <translation>Owed before</translation>
    </message>
    <message>
        <source>现欠费</source>
        <translation>Owed after</translation>
    </message>
    <message>
        <source>原预存</source>
        <translation>Credit before</translation>
    </message>
    <message>
        <source>现预存</source>
        <translation>Credit after</translation>
    </message>
    <message>
        <source>账单</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>行数</source>
        <translation>Rows</translation>
    </message>
    <message>
        <source>{count} 笔</source>
        <translation>{count}</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>期数</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>第一期</source>
        <translation>First due</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>Floor area</translation>
    </message>
    <message>
        <source>交房日期</source>
        <translation>Handover</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>迁出日期</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>下一步日期</source>
        <translation>Next step on</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>文书档案号</source>
        <translation>Archive no.</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>退回</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>连续失败</source>
        <translation>Failures in a row</translation>
    </message>
    <message>
        <source>已锁定</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>沟通内容</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>事由</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>页数</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>计费方式</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>适用房屋</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>From</translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>收费依据</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>价格形式</source>
        <translation>Price form</translation>
    </message>
    <message>
        <source>小区名称</source>
        <translation>Estate</translation>
    </message>
    <message>
        <source>服务中心名称</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>公章图片</source>
        <translation>Seal image</translation>
    </message>
    <message>
        <source>收款码</source>
        <translation>Payment QR code</translation>
    </message>
    <message>
        <source>演示数据</source>
        <translation>Demo data</translation>
    </message>
    <message>
        <source>随机种子</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <source>入住记录</source>
        <translation>Stays</translation>
    </message>
    <message>
        <source>催缴记录</source>
        <translation>Collection cases</translation>
    </message>
    <message>
        <source>投诉报修</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>已更换</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>已删除</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>催缴通知书</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <source>再次催缴</source>
        <translation>Final demand</translation>
    </message>
    <message>
        <source>是</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>否</source>
        <translation>no</translation>
    </message>
    <message>
        <source>{count} 人</source>
        <translation>{count} people</translation>
    </message>
    <message>
        <source>{rooms} 递补</source>
        <translation>{rooms} moved up</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>详情</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>操作日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>所有人</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>房号、收据号、姓名…</source>
        <translation>Room, receipt no., name…</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>共 {count} 条</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <source>（只显示最近的 {limit} 条，请缩小范围）</source>
        <translation> (only the newest {limit} shown: narrow the range)</translation>
    </message>
    <message>
        <source>日志链校验失败：有记录在软件之外被改动或删除（{first}）。请主管核对纸质收费日报上的校验码。</source>
        <translation>The log chain is broken: entries were changed or removed outside pmdesk ({first}). A manager should compare the check codes on the signed daily takings reports.</translation>
    </message>
    <message>
        <source>日志链校验通过：记录环环相扣。{day} 收费日报上应印有校验码（截至当日第 {count} 条）：{code}</source>
        <translation>The log chain is intact. The daily takings report of {day} should carry the check code (up to entry {count}): {code}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>还没有把备份存到U盘或其他电脑：电脑损坏或被盗时，本机上的备份也会一起丢失。请用“文件 → 备份到…”。</source>
        <translation>No backup has been copied to a USB stick or another PC yet: if this PC breaks or is stolen, its own backups go with it. Use “File → Back up to…”.</translation>
    </message>
    <message>
        <source>已经 {days} 天没有把备份存到U盘或其他电脑了，请用“文件 → 备份到…”。</source>
        <translation>No backup has left this PC for {days} days. Use “File → Back up to…”.</translation>
    </message>
</context>
<context>
    <name>BuildingMap</name>
    <message>
        <source>欠 12 个月以上</source>
        <translation>Owing 12+ months</translation>
    </message>
    <message>
        <source>欠 3–11 个月</source>
        <translation>Owing 3–11 months</translation>
    </message>
    <message>
        <source>欠 1–2 个月</source>
        <translation>Owing 1–2 months</translation>
    </message>
    <message>
        <source>无欠费</source>
        <translation>No arrears</translation>
    </message>
    <message>
        <source>欠费 {months} 个月</source>
        <translation>owing {months} months</translation>
    </message>
    <message>
        <source>{floor}层</source>
        <translation>Floor {floor}</translation>
    </message>
    <message>
        <source>{stairwell}单元 {position:02d}</source>
        <translation>S{stairwell} · {position:02d}</translation>
    </message>
    <message>
        <source>按欠费着色</source>
        <translation>Colour by arrears</translation>
    </message>
    <message>
        <source>{building}栋&#x3000;{count} 户</source>
        <translation>Building {building}&#x3000;{count} households</translation>
    </message>
</context>
<context>
    <name>CashDesk</name>
    <message>
        <source>缴</source>
        <translation>Pay</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>应收</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>催缴：{reason}，{status}</source>
        <translation>Collection: {reason}, {status}</translation>
    </message>
    <message>
        <source>；下一步 {action} {date}</source>
        <translation>; next: {action} {date}</translation>
    </message>
    <message>
        <source>分期：第 {seq}/{count} 期 {amount}，{date} 到期</source>
        <translation>Instalment {seq}/{count}: {amount} due {date}</translation>
    </message>
    <message>
        <source>{text}（已逾期 {count} 期）</source>
        <translation>{text} ({count} missed)</translation>
    </message>
    <message>
        <source>房号（3-2-501）、姓名、拼音首字母或电话后四位，按回车</source>
        <translation>Room (3-2-501), name, pinyin initials or last digits of a phone, then Enter</translation>
    </message>
    <message>
        <source>先查找要收款的住户。</source>
        <translation>First find the household that is paying.</translation>
    </message>
    <message>
        <source>全选</source>
        <translation>Tick all</translation>
    </message>
    <message>
        <source>全不选</source>
        <translation>Tick none</translation>
    </message>
    <message>
        <source>收到的现金，可不填</source>
        <translation>Cash handed over (optional)</translation>
    </message>
    <message>
        <source>收款(&amp;S)</source>
        <translation>&amp;Collect</translation>
    </message>
    <message>
        <source>减免(&amp;R)…</source>
        <translation>&amp;Reduce…</translation>
    </message>
    <message>
        <source>换一户(&amp;N)</source>
        <translation>&amp;Next household</translation>
    </message>
    <message>
        <source>收款金额(&amp;A)</source>
        <translation>&amp;Amount</translation>
    </message>
    <message>
        <source>付款方式(&amp;M)</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <source>实收现金(&amp;T)</source>
        <translation>Cash &amp;tendered</translation>
    </message>
    <message>
        <source>找零</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>交款人(&amp;P)</source>
        <translation>&amp;Payer</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>未缴账单（从最早的月份开始）</source>
        <translation>Unpaid bills (oldest first)</translation>
    </message>
    <message>
        <source>没有找到“{text}”。</source>
        <translation>Nothing found for “{text}”.</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:14pt&apos;&gt;{room}&lt;/b&gt;&#x3000;{owner}&#x3000;建筑面积 {area} ㎡&#x3000;{tags}&lt;br&gt;{standing}</source>
        <translation>&lt;b style=&apos;font-size:14pt&apos;&gt;{room}&lt;/b&gt;&#x3000;{owner}&#x3000;floor area {area} m²&#x3000;{tags}&lt;br&gt;{standing}</translation>
    </message>
    <message>
        <source>这户的账单刚在另一台电脑上有变动，已重新读取，请核对后再收款。</source>
        <translation>This household&apos;s bills were just changed at another desk and have been read again; check them before taking the payment.</translation>
    </message>
    <message>
        <source>已选 {count} 笔，合计 {total}</source>
        <translation>{count} bills ticked, total {total}</translation>
    </message>
    <message>
        <source>实收不足</source>
        <translation>Not enough cash</translation>
    </message>
    <message>
        <source>数据库正忙，正在等待…</source>
        <translation>The database is busy, waiting…</translation>
    </message>
    <message>
        <source>收款 {amount}（{method}）</source>
        <translation>Collect {amount} ({method})</translation>
    </message>
    <message>
        <source>冲抵 {count} 笔账单：{first} 至 {last}</source>
        <translation>Settles {count} bills: {first} to {last}</translation>
    </message>
    <message>
        <source>其中 {credit} 存为预存款</source>
        <translation>{credit} of it kept as credit</translation>
    </message>
    <message>
        <source>实收 {tendered}，找零 {change}</source>
        <translation>Tendered {tendered}, change {change}</translation>
    </message>
    <message>
        <source>注意：电脑日期早于最近一张收据的日期（{date}），请先核对电脑的日期和时间。</source>
        <translation>Note: this PC&apos;s date is earlier than the last receipt&apos;s ({date}). Check the PC&apos;s date and time first.</translation>
    </message>
    <message>
        <source>确认收款</source>
        <translation>Confirm payment</translation>
    </message>
    <message>
        <source>返回修改</source>
        <translation>Go back</translation>
    </message>
</context>
<context>
    <name>CheckDialog</name>
    <message>
        <source>文件结构（SQLite 完整性检查）</source>
        <translation>File structure (SQLite integrity check)</translation>
    </message>
    <message>
        <source>记录之间的关联（外键）</source>
        <translation>Links between records (foreign keys)</translation>
    </message>
    <message>
        <source>金额：收款、冲抵、预存与收据编号是否对得上</source>
        <translation>Money: payments, allocations, credit and receipt numbers agree</translation>
    </message>
    <message>
        <source>操作日志链：记录有没有被改动或删除</source>
        <translation>Audit log chain: nothing changed or removed</translation>
    </message>
    <message>
        <source>检查数据库</source>
        <translation>Check database</translation>
    </message>
    <message>
        <source>检查服务器上的数据库：表和保护规则、金额、收据号和操作日志。检查时可以继续工作。</source>
        <translation>Checks the database on the server: tables and protection rules, amounts, receipt numbers and the audit log. You can keep working while it runs.</translation>
    </message>
    <message>
        <source>检查前会先备份一次。大的数据库要检查几十秒，检查时可以继续工作。</source>
        <translation>A backup is made first. A large database takes tens of seconds; you can keep working meanwhile.</translation>
    </message>
    <message>
        <source>开始检查</source>
        <translation>Start check</translation>
    </message>
    <message>
        <source>正在检查…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>检查没有完成。</source>
        <translation>The check did not finish.</translation>
    </message>
    <message>
        <source>正在检查数据库…</source>
        <translation>Checking the database…</translation>
    </message>
    <message>
        <source>正常</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>发现 {count} 处问题</source>
        <translation>{count} problems found</translation>
    </message>
    <message>
        <source>服务器上的数据库完好。</source>
        <translation>The database on the server is in good order.</translation>
    </message>
    <message>
        <source>数据库完好。检查前的备份：{path}</source>
        <translation>The database is in good health. Backup made before the check: {path}</translation>
    </message>
    <message>
        <source>服务器上的数据库有问题。请不要继续录入，把下面的详细信息发给管理服务器的同事或技术支持。</source>
        <translation>The database on the server has problems. Stop entering data and send the details below to whoever runs the server, or to technical support.</translation>
    </message>
    <message>
        <source>数据库有问题。请不要继续录入，先用“文件 → 从备份恢复”查看最近的可用备份，或把下面的详细信息发给技术支持。检查前的备份：{path}</source>
        <translation>The database has problems. Stop entering data; look at the newest usable backup under “File → Restore from backup”, or send the details below to your IT support. Backup made before the check: {path}</translation>
    </message>
</context>
<context>
    <name>Collecting</name>
    <message>
        <source>催缴情况 — {room}</source>
        <translation>Collection case — {room}</translation>
    </message>
    <message>
        <source>欠费原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>建议做法</source>
        <translation>Suggested approach</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>下一步日期</source>
        <translation>Next step on</translation>
    </message>
    <message>
        <source>记录催缴沟通 — {room}</source>
        <translation>Log a contact — {room}</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>沟通内容</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>批量打印催缴通知书</source>
        <translation>Print demand letters</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>也给困难户（疾病、下岗或标记为困难户的）</source>
        <translation>Include hardship households (illness, unemployment or tagged 困难户)</translation>
    </message>
    <message>
        <source>催缴通知书</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <source>再次催缴（写明将依法主张权利）</source>
        <translation>Second demand (states the office will go to law)</translation>
    </message>
    <message>
        <source> 天内缴纳</source>
        <translation> days to pay</translation>
    </message>
    <message>
        <source>统计户数</source>
        <translation>Count households</translation>
    </message>
    <message>
        <source>欠费至少</source>
        <translation>Owing at least</translation>
    </message>
    <message>
        <source>欠费金额至少（元）</source>
        <translation>Owing at least (yuan)</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>通知书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>缴费期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>生成(&amp;G)…</source>
        <translation>&amp;Generate…</translation>
    </message>
    <message>
        <source>{count} 户，欠费合计 {total}</source>
        <translation>{count} households owing {total}</translation>
    </message>
    <message>
        <source>催缴通知书 {count} 户</source>
        <translation>Demand letters for {count} households</translation>
    </message>
    <message>
        <source>送达签收单</source>
        <translation>Delivery sheet</translation>
    </message>
    <message>
        <source>登记送达 — {room}</source>
        <translation>Record delivery — {room}</translation>
    </message>
    <message>
        <source>挂号信/EMS 的邮件单号</source>
        <translation>Tracking number of registered mail/EMS</translation>
    </message>
    <message>
        <source>选择照片或扫描件…</source>
        <translation>Choose a photo or scan…</translation>
    </message>
    <message>
        <source>{date} 发出，欠费 {owed}</source>
        <translation>Sent {date}, owing {owed}</translation>
    </message>
    <message>
        <source>送达方式</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>Delivered on</translation>
    </message>
    <message>
        <source>邮件单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>证据</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>选择证据文件</source>
        <translation>Choose the evidence file</translation>
    </message>
    <message>
        <source>照片或扫描件 (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photos or scans (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>分期协议 — {room}</source>
        <translation>Instalment agreement — {room}</translation>
    </message>
    <message>
        <source> 个月一期</source>
        <translation> months apart</translation>
    </message>
    <message>
        <source>现欠费</source>
        <translation>Owed now</translation>
    </message>
    <message>
        <source>分期总额（元）</source>
        <translation>Total in instalments (yuan)</translation>
    </message>
    <message>
        <source>期数</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>间隔</source>
        <translation>Interval</translation>
    </message>
    <message>
        <source>第一期缴款日</source>
        <translation>First instalment due</translation>
    </message>
    <message>
        <source>委托律师材料 {room}</source>
        <translation>Dossier for the law firm {room}</translation>
    </message>
</context>
<context>
    <name>CollectingView</name>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>月数</source>
        <translation>Months</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What was said</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>发出日期</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>送达</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>未登记送达</source>
        <translation>No delivery recorded</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>最近中断</source>
        <translation>Last interruption</translation>
    </message>
    <message>
        <source>届满日</source>
        <translation>Time-barred on</translation>
    </message>
    <message>
        <source>最近一次催缴方式</source>
        <translation>Last approach before paying</translation>
    </message>
    <message>
        <source>（无记录）</source>
        <translation>(none recorded)</translation>
    </message>
    <message>
        <source>近12个月</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>期数</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>缴款日</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>已缴清</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>逾期未缴</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>未到期</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>查找房号或业主</source>
        <translation>Find a room or owner</translation>
    </message>
    <message>
        <source>全部原因</source>
        <translation>All reasons</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>登记送达(&amp;D)…</source>
        <translation>Record &amp;delivery…</translation>
    </message>
    <message>
        <source>查看证据</source>
        <translation>View evidence</translation>
    </message>
    <message>
        <source>催缴通知书</source>
        <translation>Demand letters</translation>
    </message>
    <message>
        <source>分期</source>
        <translation>Instalments</translation>
    </message>
    <message>
        <source>所选住户</source>
        <translation>Selected household</translation>
    </message>
    <message>
        <source>本周待办</source>
        <translation>Due this week</translation>
    </message>
    <message>
        <source>时效预警</source>
        <translation>Limitation watch</translation>
    </message>
    <message>
        <source>分期逾期</source>
        <translation>Missed instalments</translation>
    </message>
    <message>
        <source>成效</source>
        <translation>What works</translation>
    </message>
    <message>
        <source>催缴情况(&amp;C)…</source>
        <translation>&amp;Case…</translation>
    </message>
    <message>
        <source>记录沟通(&amp;L)…</source>
        <translation>&amp;Log contact…</translation>
    </message>
    <message>
        <source>催缴通知书(&amp;N)…</source>
        <translation>Demand &amp;letter…</translation>
    </message>
    <message>
        <source>分期协议(&amp;I)…</source>
        <translation>&amp;Instalments…</translation>
    </message>
    <message>
        <source>委托律师材料…</source>
        <translation>Dossier for the law firm…</translation>
    </message>
    <message>
        <source>投诉报修(&amp;R)…</source>
        <translation>Comp&amp;laints and repairs…</translation>
    </message>
    <message>
        <source>联系单位跟进…</source>
        <translation>Liaison…</translation>
    </message>
    <message>
        <source>批量催缴通知书…</source>
        <translation>Demand letters…</translation>
    </message>
    <message>
        <source>收缴情况公示…</source>
        <translation>Arrears notice…</translation>
    </message>
    <message>
        <source>近一年有催缴记录的住户缴回 {total}</source>
        <translation>Households with a case paid {total} in the last year</translation>
    </message>
    <message>
        <source>分期逾期（{count}）</source>
        <translation>Missed instalments ({count})</translation>
    </message>
    <message>
        <source>本周待办（{count}）</source>
        <translation>Due this week ({count})</translation>
    </message>
    <message>
        <source>时效预警（{count}）</source>
        <translation>Limitation watch ({count})</translation>
    </message>
    <message>
        <source>正在读取催缴情况…</source>
        <translation>Reading the cases…</translation>
    </message>
    <message>
        <source>{count} 户欠费，合计 {total}</source>
        <translation>{count} households owing {total}</translation>
    </message>
    <message>
        <source>选中一户，查看建议做法和催缴记录。</source>
        <translation>Select a household to see the suggested approach and what was done.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{reason}&lt;/b&gt;：{approach}</source>
        <translation>&lt;b&gt;{reason}&lt;/b&gt;: {approach}</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;这户有 {count} 件未办结的投诉报修：{items}&lt;/span&gt;&lt;br&gt;{approach}</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;This household has {count} open complaints or repairs: {items}&lt;/span&gt;&lt;br&gt;{approach}</translation>
    </message>
    <message>
        <source>联系单位跟进：{items}</source>
        <translation>Liaison: {items}</translation>
    </message>
    <message>
        <source>催缴</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>请先选中一户。</source>
        <translation>Select a household first.</translation>
    </message>
    <message>
        <source>这户 {date} 已发过催缴通知书，缴费期限 {deadline} 还没到。期限未到又发一份，业主会觉得被逼得太紧。仍要再发吗？</source>
        <translation>This household was sent a demand letter on {date}; its deadline, {deadline}, has not passed. Another one now would press the owner too hard. Send it anyway?</translation>
    </message>
    <message>
        <source>再次催缴（写明将依法主张权利）</source>
        <translation>Second demand (states the office will go to law)</translation>
    </message>
    <message>
        <source>通知书</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>登记送达</source>
        <translation>Record delivery</translation>
    </message>
    <message>
        <source>请先选中一份催缴通知书。</source>
        <translation>Select a demand letter first.</translation>
    </message>
    <message>
        <source>所选通知书没有保存送达证据（照片或扫描件）。</source>
        <translation>No proof of delivery (photo or scan) is kept with the selected letter.</translation>
    </message>
</context>
<context>
    <name>ComplaintQueue</name>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Assigned to</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>派给 {who}</source>
        <translation>assigned to {who}</translation>
    </message>
    <message>
        <source>满意度 {score}/5</source>
        <translation>satisfaction {score}/5</translation>
    </message>
    <message>
        <source>材料：{text}</source>
        <translation>materials: {text}</translation>
    </message>
    <message>
        <source>措施：{text}</source>
        <translation>measure: {text}</translation>
    </message>
    <message>
        <source>查找：编号、房号、姓名、内容</source>
        <translation>Find: number, room, name, text</translation>
    </message>
    <message>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>未办结</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-up due</translation>
    </message>
    <message>
        <source>登记(&amp;N)…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>每日登记表…</source>
        <translation>Daily register…</translation>
    </message>
    <message>
        <source>统计…</source>
        <translation>Statistics…</translation>
    </message>
    <message>
        <source>期限设置…</source>
        <translation>Deadlines…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>派工单…</source>
        <translation>Work order…</translation>
    </message>
    <message>
        <source>结果告知书…</source>
        <translation>Result notice…</translation>
    </message>
    <message>
        <source>证明…</source>
        <translation>Certificate…</translation>
    </message>
    <message>
        <source>全部承办人</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>{count} 件，超期 {overdue} 件</source>
        <translation>{count} items, {overdue} overdue</translation>
    </message>
    <message>
        <source>选中一件，查看时间线并办理下一步。</source>
        <translation>Select an item to see its timeline and take the next step.</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>&#x3000;涉及：{room}</source>
        <translation>  involves: {room}</translation>
    </message>
    <message>
        <source>&#x3000;责任：{who}</source>
        <translation>  responsible: {who}</translation>
    </message>
    <message>
        <source>&#x3000;事件：{number} {title}</source>
        <translation>&#x3000;Incident: {number} {title}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&lt;/b&gt;&#x3000;{kind}·{category}·{urgency}&#x3000;{status}&#x3000;期限 {deadline}&lt;br&gt;反映人：{who}{other}{responsibility}&lt;br&gt;{text}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt;  {kind} · {category} · {urgency}  {status}  due {deadline}&lt;br&gt;From: {who}{other}{responsibility}&lt;br&gt;{text}</translation>
    </message>
    <message>
        <source>投诉报修</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>请先选中一件。</source>
        <translation>Select an item first.</translation>
    </message>
</context>
<context>
    <name>ComplaintStats</name>
    <message>
        <source>投诉报修统计</source>
        <translation>Complaint statistics</translation>
    </message>
    <message>
        <source>统计</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>指标</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>数值</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>受理日期</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <source>{hours} 小时</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>受理总数</source>
        <translation>Received in all</translation>
    </message>
    <message>
        <source>首次响应（中位数）</source>
        <translation>First response (median)</translation>
    </message>
    <message>
        <source>办结用时（中位数）</source>
        <translation>Time to complete (median)</translation>
    </message>
    <message>
        <source>按期办结率</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <source>回访率</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>平均满意度</source>
        <translation>Average satisfaction</translation>
    </message>
    <message>
        <source>重复反映：{room}</source>
        <translation>Repeated: {room}</translation>
    </message>
    <message>
        <source>{count} 次</source>
        <translation>{count} times</translation>
    </message>
    <message>
        <source>热点：{place}</source>
        <translation>Hot spot: {place}</translation>
    </message>
    <message>
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <source>按月</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>投诉报修期限</source>
        <translation>Complaint deadlines</translation>
    </message>
    <message>
        <source>紧急报修到场</source>
        <translation>Urgent repair on site</translation>
    </message>
    <message>
        <source> 分钟</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>一般报修完成</source>
        <translation>Ordinary repair done</translation>
    </message>
    <message>
        <source> 小时</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>投诉首次答复</source>
        <translation>First answer to a complaint</translation>
    </message>
    <message>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <source>书面处理结果</source>
        <translation>Written result</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>完成后回访</source>
        <translation>Follow-up after the work</translation>
    </message>
    <message>
        <source> 小时内</source>
        <translation> hours</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>登记投诉报修</source>
        <translation>New complaint or repair</translation>
    </message>
    <message>
        <source>房号（如 3-2-501）或住户姓名；外来人员可不填</source>
        <translation>Room (e.g. 3-2-501) or a resident&apos;s name; blank for a visitor</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>邻里纠纷中涉及的另一户房号</source>
        <translation>Room of the other household in a dispute</translation>
    </message>
    <message>
        <source>公共部位，如 地下车库、5栋电梯</source>
        <translation>Common area, e.g. underground car park, lift of building 5</translation>
    </message>
    <message>
        <source>这户所在楼栋或单元正在处理的事件（停水、电梯故障等）</source>
        <translation>An open incident of this household&apos;s building or stairwell (water cut, lift failure…)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>From</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>涉及另一户</source>
        <translation>Other household</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Happened at</translation>
    </message>
    <message>
        <source>情况描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>相关事件</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>登记电话 {phone}，不填即用此号</source>
        <translation>Registered phone {phone}: used when left empty</translation>
    </message>
    <message>
        <source>{room}：业主 {owner}</source>
        <translation>{room}: owner {owner}</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>{step} — {number}</source>
        <translation>{step} — {number}</translation>
    </message>
    <message>
        <source>派单说明</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <source>调查核实的情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>告知反映人的内容</source>
        <translation>What the complainant was told</translation>
    </message>
    <message>
        <source>回访意见</source>
        <translation>Follow-up comments</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>Why it is withdrawn</translation>
    </message>
    <message>
        <source>重新处理的原因</source>
        <translation>Why it is reopened</translation>
    </message>
    <message>
        <source>（本单位）</source>
        <translation>(our own staff)</translation>
    </message>
    <message>
        <source>外包单位（维保/供应商）</source>
        <translation>Outside supplier</translation>
    </message>
    <message>
        <source>承办人（员工、部门或外包单位）</source>
        <translation>Assigned to (staff, department or contractor)</translation>
    </message>
    <message>
        <source>（暂不认定）</source>
        <translation>(not decided)</translation>
    </message>
    <message>
        <source>责任方</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>无偿</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>有偿</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>有偿/无偿</source>
        <translation>Paid or free</translation>
    </message>
    <message>
        <source>所用材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>防止再发生的措施（处理时已填）</source>
        <translation>Measure against a recurrence (entered when handled)</translation>
    </message>
    <message>
        <source>防止再发生的措施</source>
        <translation>Measure against recurrence</translation>
    </message>
    <message>
        <source>回复方式</source>
        <translation>Told by</translation>
    </message>
    <message>
        <source> 分（1–5）</source>
        <translation> (1–5)</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>这一步会记入时间线，写明经办人和时间。</source>
        <translation>This step goes into the timeline with who and when.</translation>
    </message>
</context>
<context>
    <name>ConnectServerDialog</name>
    <message>
        <source>连接服务器</source>
        <translation>Connect to server</translation>
    </message>
    <message>
        <source>例如 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <source>在这台电脑上记住密码</source>
        <translation>Remember the password on this PC</translation>
    </message>
    <message>
        <source>加密连接（服务器已配置 TLS 时勾选）</source>
        <translation>Encrypted connection (tick when the server has TLS set up)</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>网络版：办公室的几台电脑共用服务器上的同一个数据库。地址、数据库名、用户名和密码由管理服务器的同事提供。</source>
        <translation>Network edition: the office&apos;s PCs share one database on a server. Whoever runs the server gives you the address, database name, user name and password.</translation>
    </message>
    <message>
        <source>测试连接(&amp;T)</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>连接(&amp;C)</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>使用本机数据库</source>
        <translation>Use this PC&apos;s database</translation>
    </message>
    <message>
        <source>不再连接服务器，使用这台电脑上自己的数据库文件（单机版）</source>
        <translation>Stop using the server and use this PC&apos;s own database file (single-PC edition)</translation>
    </message>
    <message>
        <source>正在连接服务器…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <source>连接成功：这是一个空数据库，第一次连接时会建立物业前台的数据表。</source>
        <translation>Connected: the database is empty; pmdesk creates its tables on the first connection.</translation>
    </message>
    <message>
        <source>连接成功：服务器上有物业前台的数据（{count} 户）。</source>
        <translation>Connected: the server holds pmdesk data ({count} households).</translation>
    </message>
    <message>
        <source>这台电脑不能保存密码，下次启动时需要重新输入。</source>
        <translation>This PC cannot store the password; you will need to type it again at the next start.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>选日期（Alt+↓）</source>
        <translation>Pick a date (Alt+↓)</translation>
    </message>
    <message>
        <source>如 2026-12-05 或 12-5</source>
        <translation>e.g. 2026-12-05 or 12-5</translation>
    </message>
    <message>
        <source>如 12-5 或 12-5 18:00</source>
        <translation>e.g. 12-5 or 12-5 18:00</translation>
    </message>
    <message>
        <source>如 2026-12-05 14:30</source>
        <translation>e.g. 2026-12-05 14:30</translation>
    </message>
    <message>
        <source>{day} 当天结束前</source>
        <translation>{day}, by the end of the day</translation>
    </message>
    <message>
        <source>{day}（时间不详）</source>
        <translation>{day} (time unknown)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>通知</source>
        <translation>Notice</translation>
    </message>
    <message>
        <source>证明</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>缴费通知单</source>
        <translation>Payment notice</translation>
    </message>
    <message>
        <source>收费公示</source>
        <translation>Fee publication</translation>
    </message>
    <message>
        <source>收费日报</source>
        <translation>Daily takings</translation>
    </message>
    <message>
        <source>催缴通知书</source>
        <translation>Demand letter</translation>
    </message>
    <message>
        <source>送达签收单</source>
        <translation>Delivery sheet</translation>
    </message>
    <message>
        <source>收缴情况公示</source>
        <translation>Arrears notice</translation>
    </message>
    <message>
        <source>委托律师材料</source>
        <translation>Dossier for the law firm</translation>
    </message>
    <message>
        <source>分期协议</source>
        <translation>Instalment agreement</translation>
    </message>
    <message>
        <source>报修派工单</source>
        <translation>Work order</translation>
    </message>
    <message>
        <source>投诉处理结果告知书</source>
        <translation>Complaint result notice</translation>
    </message>
    <message>
        <source>投诉报修每日登记表</source>
        <translation>Daily complaints register</translation>
    </message>
    <message>
        <source>活动通知</source>
        <translation>Event notice</translation>
    </message>
    <message>
        <source>报名表</source>
        <translation>Sign-up sheet</translation>
    </message>
    <message>
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <source>期初余额导入确认单</source>
        <translation>Opening balance import confirmation</translation>
    </message>
    <message>
        <source>满意度调查问卷</source>
        <translation>Satisfaction questionnaire</translation>
    </message>
    <message>
        <source>满意度调查结果公示</source>
        <translation>Satisfaction survey results notice</translation>
    </message>
    <message>
        <source>满意度调查报告</source>
        <translation>Satisfaction survey report</translation>
    </message>
    <message>
        <source>停水停电等事件通知</source>
        <translation>Incident notice</translation>
    </message>
    <message>
        <source>事件住户告知名单</source>
        <translation>Incident call list</translation>
    </message>
    <message>
        <source>事件情况说明</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>装修许可证</source>
        <translation>Renovation permit</translation>
    </message>
    <message>
        <source>装修公告</source>
        <translation>Renovation notice</translation>
    </message>
    <message>
        <source>押金退还单</source>
        <translation>Deposit refund slip</translation>
    </message>
    <message>
        <source>装修垃圾清运单</source>
        <translation>Rubbish clearance list</translation>
    </message>
    <message>
        <source>正在生成…</source>
        <translation>Generating…</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>修改活动 — {title}</source>
        <translation>Edit event — {title}</translation>
    </message>
    <message>
        <source>其他合作方</source>
        <translation>Other partner</translation>
    </message>
    <message>
        <source>指定楼栋时填写，如 1、3、5</source>
        <translation>For chosen buildings, e.g. 1、3、5</translation>
    </message>
    <message>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <source>不重复</source>
        <translation>Once</translation>
    </message>
    <message>
        <source>每周一次</source>
        <translation>Every week</translation>
    </message>
    <message>
        <source>每月一次</source>
        <translation>Every month</translation>
    </message>
    <message>
        <source> 次</source>
        <translation> times</translation>
    </message>
    <message>
        <source>活动名称</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>合作方</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>名额（人）</source>
        <translation>Places (people)</translation>
    </message>
    <message>
        <source>预算（元）</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>Sign-up deadline</translation>
    </message>
    <message>
        <source>活动内容</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <source>现场登记 — {title}</source>
        <translation>Walk-in — {title}</translation>
    </message>
    <message>
        <source>报名 — {title}</source>
        <translation>Sign up — {title}</translation>
    </message>
    <message>
        <source>房号（如 3-2-501）或住户姓名</source>
        <translation>Room (e.g. 3-2-501) or a resident&apos;s name</translation>
    </message>
    <message>
        <source>名额 {capacity} 人，已报名 {confirmed} 人，候补 {waiting} 人</source>
        <translation>{capacity} places, {confirmed} signed up, {waiting} waiting</translation>
    </message>
    <message>
        <source>不限名额，已报名 {confirmed} 人</source>
        <translation>No limit, {confirmed} signed up</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>活动反馈 — {title}</source>
        <translation>Feedback — {title}</translation>
    </message>
    <message>
        <source>添加照片…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>满意度（1–5）</source>
        <translation>Satisfaction (1–5)</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>实际花费（元）</source>
        <translation>Actual cost (yuan)</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>选择活动照片</source>
        <translation>Choose photos of the event</translation>
    </message>
    <message>
        <source>照片 (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>已选 {count} 张</source>
        <translation>{count} chosen</translation>
    </message>
    <message>
        <source>活动参与情况（近12个月及未来30天）</source>
        <translation>Participation (last 12 months and the next 30 days)</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>报名户数</source>
        <translation>Households signed up</translation>
    </message>
    <message>
        <source>到场人数</source>
        <translation>People who came</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>参加过的户数</source>
        <translation>Households that came</translation>
    </message>
    <message>
        <source>参与率</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>参与率 %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <source>各楼栋参与率</source>
        <translation>Share of households that came, by building</translation>
    </message>
    <message>
        <source>近12个月 {events} 场活动；按类型参加户次：{types}&lt;br&gt;从未参加或报名过的住户：&lt;b&gt;{never}&lt;/b&gt; 户（可以重点邀请）</source>
        <translation>{events} events in the last 12 months; households that came by type: {types}&lt;br&gt;Households never reached: &lt;b&gt;{never}&lt;/b&gt; (worth inviting)</translation>
    </message>
    <message>
        <source>按活动</source>
        <translation>By event</translation>
    </message>
    <message>
        <source>按楼栋</source>
        <translation>By building</translation>
    </message>
    <message>
        <source>导出未参加过的住户…</source>
        <translation>Export households never reached…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>EventsView</name>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>报名</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>候补</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>到场</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>现场登记</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>候补第 {position} 位</source>
        <translation>Waiting list no. {position}</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>签到：输入房号或姓名，回车</source>
        <translation>Check in: type the room or name, Enter</translation>
    </message>
    <message>
        <source>新活动(&amp;N)…</source>
        <translation>&amp;New event…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>发布</source>
        <translation>Publish</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>取消活动…</source>
        <translation>Cancel event…</translation>
    </message>
    <message>
        <source>参与情况…</source>
        <translation>Participation…</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>报名(&amp;S)…</source>
        <translation>&amp;Sign up…</translation>
    </message>
    <message>
        <source>取消报名</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <source>现场登记…</source>
        <translation>Walk-in…</translation>
    </message>
    <message>
        <source>反馈…</source>
        <translation>Feedback…</translation>
    </message>
    <message>
        <source>活动通知…</source>
        <translation>Notice…</translation>
    </message>
    <message>
        <source>大字版…</source>
        <translation>Large print…</translation>
    </message>
    <message>
        <source>报名表…</source>
        <translation>Sign-up sheet…</translation>
    </message>
    <message>
        <source>签到表…</source>
        <translation>Sign-in sheet…</translation>
    </message>
    <message>
        <source>{year}年{month}月：{count} 场活动</source>
        <translation>{year}-{month}: {count} events</translation>
    </message>
    <message>
        <source>选中一场活动，查看报名和到场情况。</source>
        <translation>Select an event to see who signed up and came.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt;&#x3000;{status}&#x3000;{place}&lt;br&gt;报名 {confirmed} 人，候补 {waiting} 人，到场 {attended} 人；预算 {budget}，花费 {cost}；满意度 {satisfaction}；照片 {photos} 张{reason}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt;  {status}  {place}&lt;br&gt;{confirmed} signed up, {waiting} waiting, {attended} came; budget {budget}, cost {cost}; satisfaction {satisfaction}; {photos} photos{reason}</translation>
    </message>
    <message>
        <source>；取消原因：{reason}</source>
        <translation>; cancelled because: {reason}</translation>
    </message>
    <message>
        <source>“{text}”没有报名这场活动。如果已经到场，请点“现场登记”。</source>
        <translation>“{text}” has not signed up for this event. If they are here, use “Walk-in”.</translation>
    </message>
    <message>
        <source>候补住户签到</source>
        <translation>Check in a waiting household</translation>
    </message>
    <message>
        <source>{room}（{owner}，{people} 人）是候补第 {position} 位，还没有名额。

现场还有位置的话，可以让其入场：转为正式报名并签到。让其入场吗？</source>
        <translation>{room} ({owner}, {people} people) is no. {position} on the waiting list and has no place yet.

If there is room, you can let them in: the sign-up is confirmed and checked in. Let them in?</translation>
    </message>
    <message>
        <source>社区活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>请先选中一场活动。</source>
        <translation>Select an event first.</translation>
    </message>
    <message>
        <source>取消活动</source>
        <translation>Cancel event</translation>
    </message>
    <message>
        <source>取消的原因（会告知报名的住户）：</source>
        <translation>Why it is cancelled (the households that signed up will be told):</translation>
    </message>
    <message>
        <source>请先选中一户报名。</source>
        <translation>Select a sign-up first.</translation>
    </message>
    <message>
        <source>已登记候补</source>
        <translation>On the waiting list</translation>
    </message>
    <message>
        <source>“{title}”名额已满，{room} 已登记为候补第 {position} 位。
有人取消报名时按先后顺序递补，届时请通知住户。</source>
        <translation>“{title}” is full: {room} is no. {position} on the waiting list.
When someone withdraws, the waiting list moves up in order; tell the household then.</translation>
    </message>
    <message>
        <source>取消 {room}（{owner}，{people} 人）的报名吗？</source>
        <translation>Withdraw the sign-up of {room} ({owner}, {people} people)?</translation>
    </message>
    <message>
        <source>已取消 {room} 的报名。</source>
        <translation>The sign-up of {room} is withdrawn.</translation>
    </message>
    <message>
        <source>候补的 {rooms}递补为正式报名，请通知他们。</source>
        <translation>From the waiting list, {rooms} now have a place; please tell them.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <source>意外错误</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>程序遇到了意外错误，刚才的操作没有完成；已经保存的数据不受影响。
详细信息已记入日志 {log}。请点击“复制报告”，把报告发给技术支持。</source>
        <translation>The program ran into an unexpected error and the last action was not completed; data already saved is not affected.
The details were written to the log {log}. Click “Copy report” and send the report to your support contact.</translation>
    </message>
    <message>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>业主名册</source>
        <translation>Owners&apos; register</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Stairwell</translation>
    </message>
    <message>
        <source>室号</source>
        <translation>Room no.</translation>
    </message>
    <message>
        <source>建筑面积(㎡)</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>交房日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>业主证件号</source>
        <translation>Owner&apos;s ID no.</translation>
    </message>
    <message>
        <source>租户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>租户电话</source>
        <translation>Tenant&apos;s phone</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>紧急联系电话</source>
        <translation>Emergency phone</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>账单</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>数量</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>应收(元)</source>
        <translation>Billed (yuan)</translation>
    </message>
    <message>
        <source>已缴(元)</source>
        <translation>Paid (yuan)</translation>
    </message>
    <message>
        <source>减免(元)</source>
        <translation>Reduced (yuan)</translation>
    </message>
    <message>
        <source>欠费(元)</source>
        <translation>Owed (yuan)</translation>
    </message>
    <message>
        <source>到期日</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>收款记录</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>金额(元)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>其中预存(元)</source>
        <translation>Of which credit (yuan)</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>作废日期</source>
        <translation>Voided on</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>欠费明细</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>欠费月数</source>
        <translation>Months owed</translation>
    </message>
    <message>
        <source>最早欠费月份</source>
        <translation>Oldest month owed</translation>
    </message>
    <message>
        <source>0-3个月(元)</source>
        <translation>0-3 months (yuan)</translation>
    </message>
    <message>
        <source>3-12个月(元)</source>
        <translation>3-12 months (yuan)</translation>
    </message>
    <message>
        <source>1-2年(元)</source>
        <translation>1-2 years (yuan)</translation>
    </message>
    <message>
        <source>2-3年(元)</source>
        <translation>2-3 years (yuan)</translation>
    </message>
    <message>
        <source>3年以上(元)</source>
        <translation>Over 3 years (yuan)</translation>
    </message>
    <message>
        <source>收缴率</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>实收(元)</source>
        <translation>Collected (yuan)</translation>
    </message>
    <message>
        <source>当期收缴率</source>
        <translation>Collection rate (month)</translation>
    </message>
    <message>
        <source>出账户数</source>
        <translation>Households billed</translation>
    </message>
    <message>
        <source>已缴清户数</source>
        <translation>Households paid in full</translation>
    </message>
    <message>
        <source>户收费率</source>
        <translation>Household rate</translation>
    </message>
    <message>
        <source>收回往期欠费(元)</source>
        <translation>Old arrears recovered (yuan)</translation>
    </message>
    <message>
        <source>往期仍欠(元)</source>
        <translation>Old arrears still owed (yuan)</translation>
    </message>
    <message>
        <source>清欠率</source>
        <translation>Recovery rate</translation>
    </message>
    <message>
        <source>投诉报修</source>
        <translation>Complaints and repairs</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <source>涉及另一户</source>
        <translation>Other household</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>派单/调查</source>
        <translation>Assigned / investigated</translation>
    </message>
    <message>
        <source>处理完成</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up visit</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>社区活动</source>
        <translation>Community events</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>合作方</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>报名户数</source>
        <translation>Households signed up</translation>
    </message>
    <message>
        <source>报名人数</source>
        <translation>People signed up</translation>
    </message>
    <message>
        <source>候补人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>到场人数</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>预算(元)</source>
        <translation>Budget (yuan)</translation>
    </message>
    <message>
        <source>实际花费(元)</source>
        <translation>Actual cost (yuan)</translation>
    </message>
    <message>
        <source>满意度调查</source>
        <translation>Satisfaction surveys</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>问卷</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>录入时间</source>
        <translation>Entered at</translation>
    </message>
    <message>
        <source>联系单位</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>负责事项</source>
        <translation>Responsible for</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>People</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>合同开始</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>合同到期</source>
        <translation>Contract ends</translation>
    </message>
    <message>
        <source>停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>下一步日期</source>
        <translation>Next step date</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>计划/突发</source>
        <translation>Planned/emergency</translation>
    </message>
    <message>
        <source>影响范围</source>
        <translation>Places affected</translation>
    </message>
    <message>
        <source>预计结束</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <source>实际结束</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>影响户数</source>
        <translation>Households affected</translation>
    </message>
    <message>
        <source>已告知户数</source>
        <translation>Households told</translation>
    </message>
    <message>
        <source>相关投诉报修</source>
        <translation>Related complaints</translation>
    </message>
    <message>
        <source>事情经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>防范措施</source>
        <translation>Prevention</translation>
    </message>
    <message>
        <source>装修登记</source>
        <translation>Renovations</translation>
    </message>
    <message>
        <source>登记号</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>装修公司</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>施工负责人</source>
        <translation>Foreman</translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation>Foreman&apos;s phone</translation>
    </message>
    <message>
        <source>装修内容</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>须审批项目</source>
        <translation>Works a manager approved</translation>
    </message>
    <message>
        <source>开工日期</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>完工日期</source>
        <translation>End</translation>
    </message>
    <message>
        <source>应交押金(元)</source>
        <translation>Deposit due (yuan)</translation>
    </message>
    <message>
        <source>已交押金(元)</source>
        <translation>Deposit paid (yuan)</translation>
    </message>
    <message>
        <source>在押押金(元)</source>
        <translation>Deposit held (yuan)</translation>
    </message>
    <message>
        <source>扣款(元)</source>
        <translation>Deducted (yuan)</translation>
    </message>
    <message>
        <source>已退押金(元)</source>
        <translation>Refunded (yuan)</translation>
    </message>
    <message>
        <source>清运费(元)</source>
        <translation>Clearance fee (yuan)</translation>
    </message>
    <message>
        <source>清运次数</source>
        <translation>Clearances</translation>
    </message>
    <message>
        <source>违规</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>未整改</source>
        <translation>Not put right</translation>
    </message>
    <message>
        <source>验收日期</source>
        <translation>Accepted on</translation>
    </message>
    <message>
        <source>未参加活动的住户</source>
        <translation>Households never reached</translation>
    </message>
    <message>
        <source>导出 Excel</source>
        <translation>Export to Excel</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>导出完成</source>
        <translation>Export complete</translation>
    </message>
    <message>
        <source>已导出 {rows} 行到 {path}</source>
        <translation>Exported {rows} rows to {path}</translation>
    </message>
    <message>
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
</context>
<context>
    <name>FeeDialogs</name>
    <message>
        <source>期初结转（不按月计费）</source>
        <translation>Carried over (never billed monthly)</translation>
    </message>
    <message>
        <source>{rate} 元/㎡/月</source>
        <translation>{rate} yuan/m²/month</translation>
    </message>
    <message>
        <source>{rate} 元/个/月</source>
        <translation>{rate} yuan/space/month</translation>
    </message>
    <message>
        <source>{rate} 元/户/月</source>
        <translation>{rate} yuan/unit/month</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>标准</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>适用房屋</source>
        <translation>Unit types</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation>To month</translation>
    </message>
    <message>
        <source>价格形式</source>
        <translation>Price form</translation>
    </message>
    <message>
        <source>收费依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>（未注明）</source>
        <translation>(not stated)</translation>
    </message>
    <message>
        <source>新增项目(&amp;A)…</source>
        <translation>&amp;Add item…</translation>
    </message>
    <message>
        <source>调价(&amp;R)…</source>
        <translation>Change &amp;rate…</translation>
    </message>
    <message>
        <source>收费依据(&amp;D)…</source>
        <translation>&amp;Basis…</translation>
    </message>
    <message>
        <source>停止收取(&amp;S)…</source>
        <translation>&amp;Stop billing…</translation>
    </message>
    <message>
        <source>打印收费公示(&amp;P)…</source>
        <translation>&amp;Print fee publication…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>调价从某月起生效，已出的账单保持原价。</source>
        <translation>A rate change applies from a month on; bills already made keep their rate.</translation>
    </message>
    <message>
        <source>请先选中一个收费项目。</source>
        <translation>Select a fee item first.</translation>
    </message>
    <message>
        <source>收费公示</source>
        <translation>Fee publication</translation>
    </message>
    <message>
        <source>本月没有在收的收费项目。</source>
        <translation>No fee item is billed this month.</translation>
    </message>
    <message>
        <source>新增收费项目</source>
        <translation>New fee item</translation>
    </message>
    <message>
        <source>如 物业服务费</source>
        <translation>e.g. 物业服务费 (property service fee)</translation>
    </message>
    <message>
        <source>如 《前期物业服务合同》第十二条</source>
        <translation>e.g. Preliminary property service contract, art. 12</translation>
    </message>
    <message>
        <source>项目名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>计费方式</source>
        <translation>Charged</translation>
    </message>
    <message>
        <source>单价（元）</source>
        <translation>Rate (yuan)</translation>
    </message>
    <message>
        <source>价格管理形式</source>
        <translation>Price form</translation>
    </message>
    <message>
        <source>收费依据 — {name}</source>
        <translation>Basis — {name}</translation>
    </message>
    <message>
        <source>调价 — {name}</source>
        <translation>Change rate — {name}</translation>
    </message>
    <message>
        <source>现行标准</source>
        <translation>Current rate</translation>
    </message>
    <message>
        <source>新单价（元）</source>
        <translation>New rate (yuan)</translation>
    </message>
    <message>
        <source>从哪个月起</source>
        <translation>From month</translation>
    </message>
    <message>
        <source>停止收取 — {name}</source>
        <translation>Stop billing — {name}</translation>
    </message>
    <message>
        <source>最后收取的月份</source>
        <translation>Last month billed</translation>
    </message>
    <message>
        <source>收费设置</source>
        <translation>Fee settings</translation>
    </message>
    <message>
        <source>A4 纸</source>
        <translation>A4 paper</translation>
    </message>
    <message>
        <source>241×140 mm 连续纸（二等分）</source>
        <translation>241×140 mm continuous paper</translation>
    </message>
    <message>
        <source>一联</source>
        <translation>One copy</translation>
    </message>
    <message>
        <source>三联（存根、收据、记账）</source>
        <translation>Three copies (stub, receipt, accounts)</translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>不减收</source>
        <translation>No reduction</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>只能是当天</source>
        <translation>same day only</translation>
    </message>
    <message>
        <source>收款日期最多可以比今天早几天；更早的须主管授权。已打印收费日报的日子和往年的日期一律不能补录。</source>
        <translation>How many days before today a payment may be dated; older dates need a manager&apos;s approval. Days whose daily takings report was printed, and earlier years, can never be used.</translation>
    </message>
    <message>
        <source>收据纸张</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>收据联数</source>
        <translation>Receipt copies</translation>
    </message>
    <message>
        <source>预存上限</source>
        <translation>Prepayment cap</translation>
    </message>
    <message>
        <source>空置房减收</source>
        <translation>Vacant-unit reduction</translation>
    </message>
    <message>
        <source>空置满</source>
        <translation>Vacant for at least</translation>
    </message>
    <message>
        <source>缴费通知单上的缴费期限：打印之日起几天内</source>
        <translation>The deadline on payment notices: days after printing</translation>
    </message>
    <message>
        <source>收款日期可补录</source>
        <translation>Back-dated payments</translation>
    </message>
    <message>
        <source>缴费通知期限</source>
        <translation>Days to pay a notice</translation>
    </message>
    <message>
        <source>笔数</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>按月出账</source>
        <translation>Monthly billing</translation>
    </message>
    <message>
        <source>预览(&amp;V)</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>出账后生成本月缴费通知单（每户一页）</source>
        <translation>Then make the month&apos;s payment notices (one page per household)</translation>
    </message>
    <message>
        <source>出账(&amp;B)</source>
        <translation>&amp;Bill</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>{period}：将出账 {bills} 笔，{units} 户，合计 {total}。</source>
        <translation>{period}: {bills} bills for {units} households, total {total}. </translation>
    </message>
    <message>
        <source>本月已出账 {count} 笔，不会重复。</source>
        <translation>{count} bills of this month exist already and are not billed again. </translation>
    </message>
    <message>
        <source>空置房减收 {count} 笔。</source>
        <translation>{count} bills reduced for vacancy. </translation>
    </message>
    <message>
        <source>{count} 户未交房或本月交房，次月起计费。</source>
        <translation>{count} households not handed over yet or handed over this month: billed from next month.</translation>
    </message>
    <message>
        <source>正在计算…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>{period} 已出账 {bills} 笔，{units} 户，合计 {total}；用预存抵扣 {credit}。</source>
        <translation>{period} billed: {bills} bills for {units} households, total {total}; {credit} paid from credit.</translation>
    </message>
    <message>
        <source>正在出账…</source>
        <translation>Billing…</translation>
    </message>
    <message>
        <source>缴费通知单</source>
        <translation>Payment notice</translation>
    </message>
    <message>
        <source>这个月还没有出账，或各户都已缴清。</source>
        <translation>This month has not been billed yet, or every household has paid.</translation>
    </message>
    <message>
        <source>缴费通知单 {period}</source>
        <translation>Payment notices {period}</translation>
    </message>
    <message>
        <source>正在生成缴费通知单…</source>
        <translation>Making the payment notices…</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>如 困难户，经主任同意减免三个月物业费</source>
        <translation>e.g. hardship household, three months waived with the manager&apos;s consent</translation>
    </message>
    <message>
        <source>所选 {count} 笔账单，欠费 {owed}</source>
        <translation>The {count} ticked bills, owing {owed}</translation>
    </message>
    <message>
        <source>全部 {count} 笔未缴账单（从最早的开始），欠费 {owed}</source>
        <translation>All {count} unpaid bills (oldest first), owing {owed}</translation>
    </message>
    <message>
        <source>范围</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>减免金额（元）</source>
        <translation>Reduction (yuan)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>减免单独记账并记入审计记录（经办人、时间、金额、原因）。</source>
        <translation>A reduction is its own entry and goes into the audit trail (who, when, amount, reason).</translation>
    </message>
</context>
<context>
    <name>FeeReports</name>
    <message>
        <source>0–3个月</source>
        <translation>0–3 months</translation>
    </message>
    <message>
        <source>3–12个月</source>
        <translation>3–12 months</translation>
    </message>
    <message>
        <source>1–2年</source>
        <translation>1–2 years</translation>
    </message>
    <message>
        <source>2–3年</source>
        <translation>2–3 years</translation>
    </message>
    <message>
        <source>3年以上</source>
        <translation>Over 3 years</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>欠费月数</source>
        <translation>Months owed</translation>
    </message>
    <message>
        <source>最早欠费</source>
        <translation>Oldest month</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>欠费户数</source>
        <translation>Households owing</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>全小区</source>
        <translation>Whole estate</translation>
    </message>
    <message>
        <source>应收</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Reduction</translation>
    </message>
    <message>
        <source>当期收缴率</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>出账户数</source>
        <translation>Households billed</translation>
    </message>
    <message>
        <source>已缴清户数</source>
        <translation>Households paid</translation>
    </message>
    <message>
        <source>户收费率</source>
        <translation>Household rate</translation>
    </message>
    <message>
        <source>收回往期欠费</source>
        <translation>Arrears recovered</translation>
    </message>
    <message>
        <source>往期仍欠</source>
        <translation>Earlier still owed</translation>
    </message>
    <message>
        <source>清欠率</source>
        <translation>Recovery rate</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation>Date paid</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>作废：{reason}</source>
        <translation>Void: {reason}</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>至少欠 </source>
        <translation>owing at least </translation>
    </message>
    <message>
        <source> 个月</source>
        <translation> months</translation>
    </message>
    <message>
        <source>按楼栋汇总</source>
        <translation>By building</translation>
    </message>
    <message>
        <source>刷新</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>导出 Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <source>统计日期</source>
        <translation>As of</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>{building} 栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>正在统计欠费…</source>
        <translation>Adding up arrears…</translation>
    </message>
    <message>
        <source>截至 {date}：{count} 户欠费，合计 &lt;b&gt;{total}&lt;/b&gt;&lt;br&gt;{buckets}</source>
        <translation>As of {date}: {count} households owe &lt;b&gt;{total}&lt;/b&gt;&lt;br&gt;{buckets}</translation>
    </message>
    <message>
        <source>分楼栋</source>
        <translation>Per building</translation>
    </message>
    <message>
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <source>到</source>
        <translation>to</translation>
    </message>
    <message>
        <source>正在统计收缴率…</source>
        <translation>Computing collection rates…</translation>
    </message>
    <message>
        <source>当期收缴率与户收费率</source>
        <translation>Collection rate and household rate</translation>
    </message>
    <message>
        <source>当期收缴率 %</source>
        <translation>Collection rate %</translation>
    </message>
    <message>
        <source>户收费率 %</source>
        <translation>Household rate %</translation>
    </message>
    <message>
        <source>打印日报(&amp;P)…</source>
        <translation>&amp;Print daily report…</translation>
    </message>
    <message>
        <source>补打收据…</source>
        <translation>Reprint receipt…</translation>
    </message>
    <message>
        <source>作废收据…</source>
        <translation>Void receipt…</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>收据 {count} 张（作废 {voids} 张）。应交款 &lt;b&gt;{total}&lt;/b&gt;：{methods}&lt;br&gt;按收费项目：{items}</source>
        <translation>{count} receipts ({voids} void). To hand over &lt;b&gt;{total}&lt;/b&gt;: {methods}&lt;br&gt;By fee item: {items}</translation>
    </message>
    <message>
        <source>收费日报</source>
        <translation>Daily takings</translation>
    </message>
    <message>
        <source>请先选中一张收据。</source>
        <translation>Select a receipt first.</translation>
    </message>
</context>
<context>
    <name>FeesTab</name>
    <message>
        <source>收款台</source>
        <translation>Cash desk</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>收缴率</source>
        <translation>Collection rates</translation>
    </message>
    <message>
        <source>收费日报</source>
        <translation>Daily takings</translation>
    </message>
    <message>
        <source>催缴</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>出账(&amp;B)…</source>
        <translation>&amp;Billing…</translation>
    </message>
    <message>
        <source>缴费通知单…</source>
        <translation>Payment notices…</translation>
    </message>
    <message>
        <source>收费项目(&amp;I)…</source>
        <translation>Fee &amp;items…</translation>
    </message>
    <message>
        <source>收费设置…</source>
        <translation>Fee settings…</translation>
    </message>
    <message>
        <source>缴费通知单</source>
        <translation>Payment notice</translation>
    </message>
    <message>
        <source>哪个月的缴费通知单（如 2026-11）：</source>
        <translation>Payment notices for which month (e.g. 2026-11):</translation>
    </message>
</context>
<context>
    <name>FirstDay</name>
    <message>
        <source>办公室信息</source>
        <translation>Office details</translation>
    </message>
    <message>
        <source>住户名册</source>
        <translation>Resident register</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee items</translation>
    </message>
    <message>
        <source>期初余额</source>
        <translation>Opening balances</translation>
    </message>
    <message>
        <source>第一次出账</source>
        <translation>First billing run</translation>
    </message>
    <message>
        <source>前台人员的账号</source>
        <translation>Accounts for the desk</translation>
    </message>
    <message>
        <source>小区、服务中心名称、电话和公章，印在每份文书上。</source>
        <translation>Estate, office name, phone and seal, printed on every document.</translation>
    </message>
    <message>
        <source>已填写。</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>导入 Excel 名册，或一户一户添加。</source>
        <translation>Import an Excel roster, or add households one by one.</translation>
    </message>
    <message>
        <source>已登记 {count} 户。</source>
        <translation>{count} households registered.</translation>
    </message>
    <message>
        <source>物业服务费、垃圾清运费……单价与收费依据。</source>
        <translation>Property fee, refuse fee…: rates and their legal basis.</translation>
    </message>
    <message>
        <source>已有 {count} 个收费项目。</source>
        <translation>{count} fee items.</translation>
    </message>
    <message>
        <source>原系统或台账里的欠费和预存，带着月份导入；没有就点“没有期初余额”。</source>
        <translation>Arrears and prepayments from the old system or ledger, imported with their months; if there are none, click “No opening balances”.</translation>
    </message>
    <message>
        <source>已导入 {count} 批。</source>
        <translation>{count} batch(es) imported.</translation>
    </message>
    <message>
        <source>本处没有期初余额。</source>
        <translation>This office has no opening balances.</translation>
    </message>
    <message>
        <source>按月为每户出账，之后就能收款、催缴。</source>
        <translation>Bill every household by month; then payments and collection can start.</translation>
    </message>
    <message>
        <source>已出账 {count} 个月。</source>
        <translation>{count} months billed.</translation>
    </message>
    <message>
        <source>每位前台人员用自己的账号登录，作废、减免需主管授权。</source>
        <translation>Each clerk signs in with an own account; voids and reductions need a manager.</translation>
    </message>
    <message>
        <source>已有 {count} 个前台账号。</source>
        <translation>{count} clerk accounts.</translation>
    </message>
    <message>
        <source>开始使用</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <source>按顺序完成这几步，前台就可以开始工作了。每一步做完会自动打勾。</source>
        <translation>Complete these steps in order and the desk is ready. Each step ticks itself when done.</translation>
    </message>
    <message>
        <source>都完成了，可以开始收款了。</source>
        <translation>All done: the desk can take payments.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>添加照片或文件…</source>
        <translation>Add photos or files…</translation>
    </message>
    <message>
        <source>选择照片或文件</source>
        <translation>Choose photos or files</translation>
    </message>
    <message>
        <source>照片或文件 (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photos or files (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>已选 {count} 个文件</source>
        <translation>{count} files chosen</translation>
    </message>
</context>
<context>
    <name>HouseholdCard</name>
    <message>
        <source>身份</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>Moved in</translation>
    </message>
    <message>
        <source>迁出日期</source>
        <translation>Moved out</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>这户是</source>
        <translation>This household</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>From</translation>
    </message>
    <message>
        <source>被反映的一方</source>
        <translation>The other party</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>What</translation>
    </message>
    <message>
        <source>进度</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <source>到场</source>
        <translation>Came</translation>
    </message>
    <message>
        <source>登记号</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <source>工期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>在押押金</source>
        <translation>Deposit held</translation>
    </message>
    <message>
        <source>修改房屋信息(&amp;E)…</source>
        <translation>&amp;Edit unit…</translation>
    </message>
    <message>
        <source>标签(&amp;T)…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <source>车辆(&amp;V)…</source>
        <translation>&amp;Vehicles…</translation>
    </message>
    <message>
        <source>修改所选人员(&amp;P)…</source>
        <translation>Edit selected &amp;person…</translation>
    </message>
    <message>
        <source>登记入住(&amp;A)…</source>
        <translation>Register moving &amp;in…</translation>
    </message>
    <message>
        <source>迁出所选(&amp;M)…</source>
        <translation>&amp;Move out selected…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>现住人员</source>
        <translation>Living here</translation>
    </message>
    <message>
        <source>历史住户</source>
        <translation>Earlier occupants</translation>
    </message>
    <message>
        <source>住户卡片 — {code}</source>
        <translation>Household — {code}</translation>
    </message>
    <message>
        <source>无</source>
        <translation>none</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;font-size:15pt&apos;&gt;{code}&lt;/b&gt;&#x3000;{kind}&#x3000;{state}&#x3000;建筑面积 {area} ㎡&#x3000;交房日期 {handover}&lt;br&gt;标签：{tags}&lt;br&gt;车辆：{cars}</source>
        <translation>&lt;b style=&apos;font-size:15pt&apos;&gt;{code}&lt;/b&gt;&#x3000;{kind}&#x3000;{state}&#x3000;floor area {area} m²&#x3000;handed over {handover}&lt;br&gt;Tags: {tags}&lt;br&gt;Vehicles: {cars}</translation>
    </message>
    <message>
        <source>人员 {count}</source>
        <translation>People {count}</translation>
    </message>
    <message>
        <source>投诉报修 {count}</source>
        <translation>Complaints {count}</translation>
    </message>
    <message>
        <source>社区活动 {count}</source>
        <translation>Events {count}</translation>
    </message>
    <message>
        <source>装修 {count}</source>
        <translation>Renovations {count}</translation>
    </message>
    <message>
        <source>住户卡片</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>请先在“现住人员”中选中一个人。</source>
        <translation>First select a person under “Living here”.</translation>
    </message>
    <message>
        <source>例如：按不动产权证更正</source>
        <translation>e.g. corrected per the property certificate</translation>
    </message>
    <message>
        <source>改面积、类型、交房日期或是否计费时必填，并须主管同意。</source>
        <translation>Required when the area, type, handover date or billing changes; a manager must approve.</translation>
    </message>
    <message>
        <source>修改原因</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>添加住户</source>
        <translation>Add a household</translation>
    </message>
    <message>
        <source>如 3-2-501、3栋2单元501室、12-101</source>
        <translation>e.g. 3-2-501, 3栋2单元501室, 12-101</translation>
    </message>
    <message>
        <source>交房的下一个月起计费；没有业主的房屋记为“已交房未入住”。家庭成员、租户和标签在住户卡里添加。</source>
        <translation>Fees start the month after the handover; a unit without an owner is recorded as handed over, not moved in. Family, tenants and tags are added on the household card.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>业主姓名</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Move out</translation>
    </message>
    <message>
        <source>修改人员信息</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>（未登记）</source>
        <translation>(not recorded)</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <source>查看完整号码…</source>
        <translation>Show full number…</translation>
    </message>
    <message>
        <source>须主管输入密码，每次查看都记入操作日志</source>
        <translation>A manager enters their password; every look is written to the audit log</translation>
    </message>
    <message>
        <source>证件号（留空则不变）</source>
        <translation>ID number (leave empty to keep)</translation>
    </message>
    <message>
        <source>标签 — {code}</source>
        <translation>Tags — {code}</translation>
    </message>
    <message>
        <source>新标签，例如：孕产妇</source>
        <translation>New tag, e.g. 孕产妇 (expecting mother)</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <source>车位</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>车位类型</source>
        <translation>Space type</translation>
    </message>
    <message>
        <source>车辆</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>登记(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>所选车辆已离开(&amp;R)</source>
        <translation>Selected vehicle has &amp;left</translation>
    </message>
    <message>
        <source>修改房屋信息 — {code}</source>
        <translation>Edit unit — {code}</translation>
    </message>
    <message>
        <source>建筑面积（㎡）</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>账务</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>交房日期</source>
        <translation>Handover date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>登记入住</source>
        <translation>Register moving in</translation>
    </message>
    <message>
        <source>证件号（可不填）</source>
        <translation>ID number (optional)</translation>
    </message>
    <message>
        <source>{name}（{role}）迁出。记录会保留在“历史住户”中。</source>
        <translation>{name} ({role}) moves out. The record stays under “Earlier occupants”.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Stairwell</translation>
    </message>
    <message>
        <source>房号 *</source>
        <translation>Room *</translation>
    </message>
    <message>
        <source>楼层</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>身份（业主、家庭成员、租客）</source>
        <translation>Role (owner, family, tenant)</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>建筑面积 *</source>
        <translation>Floor area *</translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation>Unit state</translation>
    </message>
    <message>
        <source>入住/交房日期</source>
        <translation>Move-in / handover date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>导入住户名册</source>
        <translation>Import resident roster</translation>
    </message>
    <message>
        <source>选择业主名册（Excel .xlsx）。表头可以在前 10 行的任意一行，上面有标题或合并单元格都没关系。</source>
        <translation>Choose the owners&apos; roster (Excel .xlsx). The header may be on any of the first 10 rows; titles and merged cells above it are fine.</translation>
    </message>
    <message>
        <source>选择文件(&amp;F)…</source>
        <translation>Choose &amp;file…</translation>
    </message>
    <message>
        <source>只导入正确的行（有问题的行另存，改好后再导入）</source>
        <translation>Import only the good rows (the others are saved to a file to correct and import later)</translation>
    </message>
    <message>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>导入(&amp;I)</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>
第 {row} 行：{reason}</source>
        <translation>
Row {row}: {reason}</translation>
    </message>
    <message>
        <source>正在读取名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>文件：{file}
工作表“{sheet}”，表头在第 {row} 行。请核对每一项对应的列：</source>
        <translation>File: {file}
Sheet “{sheet}”, header on row {row}. Check the column for each item:</translation>
    </message>
    <message>
        <source>（没有这一列）</source>
        <translation>(no such column)</translation>
    </message>
    <message>
        <source>第 {n} 列</source>
        <translation>Column {n}</translation>
    </message>
    <message>
        <source>读取 {read} 行：可导入 {ok} 行，有问题 {bad} 行。</source>
        <translation>Read {read} rows: {ok} can be imported, {bad} have problems.</translation>
    </message>
    <message>
        <source>
隐藏的工作表未读取：{sheets}</source>
        <translation>
Hidden sheets not read: {sheets}</translation>
    </message>
    <message>
        <source>
注意：此文件已于 {when} 导入过。</source>
        <translation>
Note: this file was already imported on {when}.</translation>
    </message>
    <message>
        <source>选择文件</source>
        <translation>Choose a file</translation>
    </message>
    <message>
        <source>把未导入的行存到</source>
        <translation>Save the rows not imported to</translation>
    </message>
    <message>
        <source>导入完成</source>
        <translation>Import complete</translation>
    </message>
    <message>
        <source>已导入 {count} 户；{unchanged} 户已在册，未改动。</source>
        <translation>Imported {count} households; {unchanged} were already in the register and were left as they were.</translation>
    </message>
    <message>
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
</context>
<context>
    <name>Incidents</name>
    <message>
        <source>{building} 栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>{stairwell} 单元</source>
        <translation>Stairwell {stairwell}</translation>
    </message>
    <message>
        <source>登记事件</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>计划停水/停电等（提前通知）</source>
        <translation>Planned outage (announced ahead)</translation>
    </message>
    <message>
        <source>不填则按范围和类别生成，如 3栋计划停水</source>
        <translation>Left blank: made from the places and the kind, e.g. 3栋计划停水</translation>
    </message>
    <message>
        <source>已知的原因；突发事件可先不填</source>
        <translation>The cause as known; may be left for later in an emergency</translation>
    </message>
    <message>
        <source>住户应做什么，如 请提前储水</source>
        <translation>What residents should do, e.g. store water beforehand</translation>
    </message>
    <message>
        <source>每位员工接电话时说的同一段话</source>
        <translation>What every staff member says on the phone</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>接报情况：谁报告的、现场情况</source>
        <translation>Who reported it and what was found</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>Starts</translation>
    </message>
    <message>
        <source>预计结束</source>
        <translation>Expected end</translation>
    </message>
    <message>
        <source>影响范围</source>
        <translation>Places affected</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>住户注意事项</source>
        <translation>Advice to residents</translation>
    </message>
    <message>
        <source>统一口径</source>
        <translation>What to say</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>联系单位</source>
        <translation>Outside party</translation>
    </message>
    <message>
        <source>接报情况</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>进展 — {number}</source>
        <translation>Update — {number}</translation>
    </message>
    <message>
        <source>最新情况</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>结束事件 — {number}</source>
        <translation>Close incident — {number}</translation>
    </message>
    <message>
        <source>实际结束时间</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>事情经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>防范措施</source>
        <translation>Prevention</translation>
    </message>
</context>
<context>
    <name>IncidentsView</name>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>People</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>已告知</source>
        <translation>Told</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>登记事件…</source>
        <translation>Report incident…</translation>
    </message>
    <message>
        <source>进展…</source>
        <translation>Update…</translation>
    </message>
    <message>
        <source>结束事件…</source>
        <translation>Close incident…</translation>
    </message>
    <message>
        <source>重新打开…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <source>打印通知</source>
        <translation>Print notices</translation>
    </message>
    <message>
        <source>每个受影响的单元一份（门口和电梯各贴一份：打印两份），老人户另有大字版</source>
        <translation>One for each affected stairwell (print two: one for the entrance, one for the lift); a large-print one for each elderly household</translation>
    </message>
    <message>
        <source>告知名单</source>
        <translation>Call list</translation>
    </message>
    <message>
        <source>情况说明</source>
        <translation>Incident report</translation>
    </message>
    <message>
        <source>结束后给公告栏和业主委员会</source>
        <translation>Once closed: for the bulletin board and the owners&apos; committee</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>只看处理中</source>
        <translation>Open only</translation>
    </message>
    <message>
        <source>记为已告知</source>
        <translation>Mark as told</translation>
    </message>
    <message>
        <source>电话或上门告知了选中的住户（双击也可）</source>
        <translation>The selected household was told by phone or at its door (or double-click)</translation>
    </message>
    <message>
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>受影响住户</source>
        <translation>Households affected</translation>
    </message>
    <message>
        <source>相关投诉报修</source>
        <translation>Related complaints</translation>
    </message>
    <message>
        <source>还没有事件。停水停电、电梯故障、管道爆裂等，点“登记事件…”记下影响范围和统一口径，再打印通知贴到各单元门口。</source>
        <translation>No incidents yet. For a water or power cut, a lift failure or a burst pipe, click “Report incident…” to record the places affected and what to say, then print the notices for each stairwell entrance.</translation>
    </message>
    <message>
        <source>（计划）</source>
        <translation> (planned)</translation>
    </message>
    <message>
        <source>（突发）</source>
        <translation> (emergency)</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number} {title}&lt;/b&gt;&#x3000;{kind}&#x3000;{status}</source>
        <translation>&lt;b&gt;{number} {title}&lt;/b&gt;&#x3000;{kind}&#x3000;{status}</translation>
    </message>
    <message>
        <source>时间：{start} 至 {end}&#x3000;范围：{place}</source>
        <translation>Time: {start} to {end}&#x3000;Places: {place}</translation>
    </message>
    <message>
        <source>（未定）</source>
        <translation>(not known)</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>住户注意事项</source>
        <translation>Advice to residents</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>联系单位</source>
        <translation>Outside party</translation>
    </message>
    <message>
        <source>统一口径：{script}</source>
        <translation>What to say: {script}</translation>
    </message>
    <message>
        <source>{count} 户，其中需要帮助的 {helped} 户（已告知 {told} 户）</source>
        <translation>{count} households, {helped} of them may need help ({told} told)</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>重新打开的原因：</source>
        <translation>Why it is reopened:</translation>
    </message>
    <message>
        <source>事件.xlsx</source>
        <translation>incidents.xlsx</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>未交房</source>
        <translation>Not handed over</translation>
    </message>
    <message>
        <source>已交房未入住</source>
        <translation>Handed over, empty</translation>
    </message>
    <message>
        <source>自住</source>
        <translation>Owner-occupied</translation>
    </message>
    <message>
        <source>出租</source>
        <translation>Rented</translation>
    </message>
    <message>
        <source>空置</source>
        <translation>Vacant</translation>
    </message>
    <message>
        <source>装修中</source>
        <translation>Renovating</translation>
    </message>
    <message>
        <source>住宅</source>
        <translation>Residential</translation>
    </message>
    <message>
        <source>商铺</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>车库</source>
        <translation>Garage</translation>
    </message>
    <message>
        <source>储藏室</source>
        <translation>Storage</translation>
    </message>
    <message>
        <source>产权人</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>共有人</source>
        <translation>Co-owner</translation>
    </message>
    <message>
        <source>租户</source>
        <translation>Tenant</translation>
    </message>
    <message>
        <source>家庭成员</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <source>自有车位</source>
        <translation>own space</translation>
    </message>
    <message>
        <source>租用车位</source>
        <translation>rented space</translation>
    </message>
    <message>
        <source>无固定车位</source>
        <translation>no fixed space</translation>
    </message>
    <message>
        <source>现金</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>银行转账</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>刷卡</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>按建筑面积（元/㎡/月）</source>
        <translation>By floor area (yuan/m²/month)</translation>
    </message>
    <message>
        <source>按户（元/户/月）</source>
        <translation>Per unit (yuan/unit/month)</translation>
    </message>
    <message>
        <source>按车位（元/个/月）</source>
        <translation>Per parking space (yuan/space/month)</translation>
    </message>
    <message>
        <source>政府指导价</source>
        <translation>Government-guided price</translation>
    </message>
    <message>
        <source>市场调节价</source>
        <translation>Market price</translation>
    </message>
    <message>
        <source>经济困难：疾病、主要成员健康差</source>
        <translation>Hardship: illness</translation>
    </message>
    <message>
        <source>经济困难：下岗失业</source>
        <translation>Hardship: unemployment</translation>
    </message>
    <message>
        <source>与物业有矛盾</source>
        <translation>Grievance with the office</translation>
    </message>
    <message>
        <source>无理由拒缴</source>
        <translation>Refuses without reason</translation>
    </message>
    <message>
        <source>房屋空置</source>
        <translation>Unit vacant</translation>
    </message>
    <message>
        <source>对服务不满</source>
        <translation>Unhappy with the service</translation>
    </message>
    <message>
        <source>开发商遗留问题</source>
        <translation>Developer&apos;s unresolved issues</translation>
    </message>
    <message>
        <source>联系不上</source>
        <translation>Cannot be reached</translation>
    </message>
    <message>
        <source>原因未明</source>
        <translation>Reason unknown</translation>
    </message>
    <message>
        <source>上门探望，了解困难；帮助按规定申请减免，或商定分期缴纳。不列入批量催缴。</source>
        <translation>Visit and learn the difficulty; help apply for a reduction under the rules, or agree instalments. Left out of letter batches.</translation>
    </message>
    <message>
        <source>与居委会、街道联系再就业帮扶，定期送去招工信息；可商定分期缴纳。不列入批量催缴。</source>
        <translation>Work with the residents&apos; committee and street office on re-employment, pass on job information; instalments can be agreed. Left out of letter batches.</translation>
    </message>
    <message>
        <source>先解决让业主不满的问题（查看相关投诉），再诚心上门家访，解开疙瘩。</source>
        <translation>First fix what the owner is unhappy about (see the complaint), then visit sincerely to clear the air.</translation>
    </message>
    <message>
        <source>以交朋友的方式上门沟通，晓之以理、动之以情；仍不缴的发书面催缴并保留送达证据；最后整理材料委托律师。</source>
        <translation>Visit as a friend and reason with them; if they still do not pay, send a written demand and keep the proof of delivery; finally prepare the dossier for a law firm.</translation>
    </message>
    <message>
        <source>电话、短信联系业主；按规定核实空置减收；书面催缴寄到业主常住地址。</source>
        <translation>Call or text the owner; check the vacancy reduction; post demands to where the owner lives.</translation>
    </message>
    <message>
        <source>上门听取意见，对确有问题的服务限期整改并回复业主。</source>
        <translation>Visit to listen; fix real service problems by a date and tell the owner.</translation>
    </message>
    <message>
        <source>说明物业费与开发商遗留问题分开处理，协助业主向开发商反映，并跟进结果。</source>
        <translation>Explain that fees and the developer&apos;s issues are separate; help the owner take them to the developer and follow up.</translation>
    </message>
    <message>
        <source>短信/微信、挂号信寄到登记地址，留存送达记录；向邻居、紧急联系人了解情况。</source>
        <translation>Text or WeChat, registered mail to the registered address, keep delivery records; ask neighbours and emergency contacts.</translation>
    </message>
    <message>
        <source>先电话或上门了解欠费原因，再按原因分类处理。</source>
        <translation>Call or visit to learn why, then follow the approach for that reason.</translation>
    </message>
    <message>
        <source>跟进中</source>
        <translation>Following up</translation>
    </message>
    <message>
        <source>已承诺</source>
        <translation>Promised to pay</translation>
    </message>
    <message>
        <source>分期中</source>
        <translation>On instalments</translation>
    </message>
    <message>
        <source>已委托律师</source>
        <translation>With the law firm</translation>
    </message>
    <message>
        <source>已诉讼</source>
        <translation>In court</translation>
    </message>
    <message>
        <source>已结清</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>暂缓</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>短信/微信</source>
        <translation>Text/WeChat</translation>
    </message>
    <message>
        <source>上门走访</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>书面催缴</source>
        <translation>Written demand</translation>
    </message>
    <message>
        <source>就业信息帮扶</source>
        <translation>Job information</translation>
    </message>
    <message>
        <source>减免申请</source>
        <translation>Reduction request</translation>
    </message>
    <message>
        <source>分期协议</source>
        <translation>Instalment agreement</translation>
    </message>
    <message>
        <source>委托律师</source>
        <translation>Law firm</translation>
    </message>
    <message>
        <source>起诉/仲裁</source>
        <translation>Lawsuit/arbitration</translation>
    </message>
    <message>
        <source>当面签收</source>
        <translation>Signed in person</translation>
    </message>
    <message>
        <source>张贴（附照片）</source>
        <translation>Posted (with photo)</translation>
    </message>
    <message>
        <source>挂号信/EMS</source>
        <translation>Registered mail/EMS</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>报修</source>
        <translation>Repair</translation>
    </message>
    <message>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>咨询</source>
        <translation>Enquiry</translation>
    </message>
    <message>
        <source>表扬</source>
        <translation>Praise</translation>
    </message>
    <message>
        <source>来访</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <source>意见箱</source>
        <translation>Suggestion box</translation>
    </message>
    <message>
        <source>信函</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>噪音</source>
        <translation>Noise</translation>
    </message>
    <message>
        <source>停车</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>装修</source>
        <translation>Renovation</translation>
    </message>
    <message>
        <source>卫生</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>绿化</source>
        <translation>Greenery</translation>
    </message>
    <message>
        <source>设施设备</source>
        <translation>Facilities</translation>
    </message>
    <message>
        <source>邻里纠纷</source>
        <translation>Neighbour dispute</translation>
    </message>
    <message>
        <source>安全</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>服务态度</source>
        <translation>Service attitude</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>一般</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>紧急</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>派单/调查</source>
        <translation>Assigned</translation>
    </message>
    <message>
        <source>已处理</source>
        <translation>Handled</translation>
    </message>
    <message>
        <source>已回复</source>
        <translation>Replied</translation>
    </message>
    <message>
        <source>已回访</source>
        <translation>Followed up</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>撤销</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>派单</source>
        <translation>Assign</translation>
    </message>
    <message>
        <source>调查</source>
        <translation>Investigate</translation>
    </message>
    <message>
        <source>处理</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>回复</source>
        <translation>Reply</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow up</translation>
    </message>
    <message>
        <source>重新处理</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>物业</source>
        <translation>The office</translation>
    </message>
    <message>
        <source>业主本人</source>
        <translation>The owner</translation>
    </message>
    <message>
        <source>他人</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <source>第三方</source>
        <translation>A third party</translation>
    </message>
    <message>
        <source>不可抗力</source>
        <translation>Force majeure</translation>
    </message>
    <message>
        <source>上门</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>书面</source>
        <translation>In writing</translation>
    </message>
    <message>
        <source>文体活动</source>
        <translation>Sports and culture</translation>
    </message>
    <message>
        <source>公益/志愿</source>
        <translation>Volunteering</translation>
    </message>
    <message>
        <source>讲座/培训</source>
        <translation>Talk/training</translation>
    </message>
    <message>
        <source>节日活动</source>
        <translation>Festival</translation>
    </message>
    <message>
        <source>业主大会/座谈会</source>
        <translation>Owners&apos; meeting/forum</translation>
    </message>
    <message>
        <source>计划中</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>已发布</source>
        <translation>Published</translation>
    </message>
    <message>
        <source>已结束</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>全体业主</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>老年人</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>少年儿童</source>
        <translation>Children</translation>
    </message>
    <message>
        <source>指定楼栋</source>
        <translation>Chosen buildings</translation>
    </message>
    <message>
        <source>已报名</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <source>候补</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>作废</source>
        <translation>Void</translation>
    </message>
    <message>
        <source>进行中的事件</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <source>投诉报修已超时</source>
        <translation>Complaints overdue</translation>
    </message>
    <message>
        <source>投诉报修今天到期</source>
        <translation>Complaints due today</translation>
    </message>
    <message>
        <source>待回访</source>
        <translation>Follow-ups due</translation>
    </message>
    <message>
        <source>本周催缴</source>
        <translation>Collection this week</translation>
    </message>
    <message>
        <source>分期应缴</source>
        <translation>Instalments due</translation>
    </message>
    <message>
        <source>本周活动</source>
        <translation>Events this week</translation>
    </message>
    <message>
        <source>整改到期</source>
        <translation>Improvement due</translation>
    </message>
    <message>
        <source>联系单位跟进</source>
        <translation>Organisation follow-up</translation>
    </message>
    <message>
        <source>合同到期</source>
        <translation>Contract ends</translation>
    </message>
    <message>
        <source>装修待办</source>
        <translation>Renovations</translation>
    </message>
    <message>
        <source>今日清运</source>
        <translation>Clearance today</translation>
    </message>
    <message>
        <source>收据未打印</source>
        <translation>Receipts not printed</translation>
    </message>
    <message>
        <source>入住</source>
        <translation>Moving in</translation>
    </message>
    <message>
        <source>迁出</source>
        <translation>Moving out</translation>
    </message>
    <message>
        <source>客服接待</source>
        <translation>Front desk service</translation>
    </message>
    <message>
        <source>保洁</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>秩序维护（安保）</source>
        <translation>Security and order</translation>
    </message>
    <message>
        <source>维修</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>收费透明</source>
        <translation>Fee transparency</translation>
    </message>
    <message>
        <source>社区活动</source>
        <translation>Community events</translation>
    </message>
    <message>
        <source>停车管理</source>
        <translation>Parking</translation>
    </message>
    <message>
        <source>公共设施</source>
        <translation>Shared facilities</translation>
    </message>
    <message>
        <source>全体住户</source>
        <translation>All households</translation>
    </message>
    <message>
        <source>所选楼栋</source>
        <translation>Chosen buildings</translation>
    </message>
    <message>
        <source>本季度投诉已办结的住户</source>
        <translation>Households with a complaint closed this quarter</translation>
    </message>
    <message>
        <source>未录入</source>
        <translation>Not entered</translation>
    </message>
    <message>
        <source>已交回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>未交回</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <source>政府/社区</source>
        <translation>Government/community</translation>
    </message>
    <message>
        <source>公共事业</source>
        <translation>Utility</translation>
    </message>
    <message>
        <source>维保/供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>业委会</source>
        <translation>Owners&apos; committee</translation>
    </message>
    <message>
        <source>媒体</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>走访</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>会议</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>函件</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>邮件</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>停水</source>
        <translation>Water cut</translation>
    </message>
    <message>
        <source>停电</source>
        <translation>Power cut</translation>
    </message>
    <message>
        <source>停气</source>
        <translation>Gas cut</translation>
    </message>
    <message>
        <source>电梯故障</source>
        <translation>Lift failure</translation>
    </message>
    <message>
        <source>管道爆裂</source>
        <translation>Burst pipe</translation>
    </message>
    <message>
        <source>安全事故</source>
        <translation>Safety accident</translation>
    </message>
    <message>
        <source>处理中</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>突发</source>
        <translation>Emergency</translation>
    </message>
    <message>
        <source>已停用</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>登记</source>
        <translation>Reported</translation>
    </message>
    <message>
        <source>进展</source>
        <translation>Update</translation>
    </message>
    <message>
        <source>已告知住户</source>
        <translation>Household told</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>重新打开</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>待审批</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>待交押金</source>
        <translation>Deposit unpaid</translation>
    </message>
    <message>
        <source>施工中</source>
        <translation>Under way</translation>
    </message>
    <message>
        <source>待验收</source>
        <translation>Awaiting inspection</translation>
    </message>
    <message>
        <source>待退押金</source>
        <translation>Deposit to refund</translation>
    </message>
    <message>
        <source>未批准</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>改动结构</source>
        <translation>Structural change</translation>
    </message>
    <message>
        <source>承重墙</source>
        <translation>Load-bearing wall</translation>
    </message>
    <message>
        <source>外立面</source>
        <translation>Facade</translation>
    </message>
    <message>
        <source>防水</source>
        <translation>Waterproofing</translation>
    </message>
    <message>
        <source>定期巡查</source>
        <translation>Scheduled inspection</translation>
    </message>
    <message>
        <source>抽查</source>
        <translation>Spot check</translation>
    </message>
    <message>
        <source>竣工验收</source>
        <translation>Final inspection</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>违规时间施工</source>
        <translation>Work outside hours</translation>
    </message>
    <message>
        <source>乱堆装修垃圾</source>
        <translation>Rubbish left out</translation>
    </message>
    <message>
        <source>擅改结构</source>
        <translation>Unapproved structural work</translation>
    </message>
    <message>
        <source>损坏公共设施</source>
        <translation>Damage to common parts</translation>
    </message>
    <message>
        <source>待整改</source>
        <translation>To put right</translation>
    </message>
    <message>
        <source>已整改</source>
        <translation>Put right</translation>
    </message>
    <message>
        <source>已预约</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>已清运</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>未清运</source>
        <translation>Not cleared</translation>
    </message>
    <message>
        <source>收取</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>收据作废</source>
        <translation>Receipt voided</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>退还</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>匿名</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>全小区</source>
        <translation>Whole estate</translation>
    </message>
    <message>
        <source>第 {part} 期</source>
        <translation>Instalment {part}</translation>
    </message>
    <message>
        <source>已报名 {people} 人</source>
        <translation>{people} signed up</translation>
    </message>
    <message>
        <source>已报名 {people}/{capacity} 人</source>
        <translation>{people}/{capacity} signed up</translation>
    </message>
    <message>
        <source>合同 {day} 到期</source>
        <translation>Contract ends {day}</translation>
    </message>
    <message>
        <source>待审批：{scope}</source>
        <translation>Awaiting approval: {scope}</translation>
    </message>
    <message>
        <source>整改到期：{text}</source>
        <translation>Deadline to put right: {text}</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>{item}（期初结转）</source>
        <translation>{item} (carried over)</translation>
    </message>
    <message>
        <source>应收</source>
        <translation>Billed</translation>
    </message>
    <message>
        <source>已缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Reductions</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>作废：{reason}</source>
        <translation>Void: {reason}</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>期间</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>应缴</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>实缴</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>缴费时间</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>账单</source>
        <translation>Bills</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>原系统缴费记录（期初导入，不计入收费日报）</source>
        <translation>Payments in the old system (imported on day one, not in the daily takings)</translation>
    </message>
    <message>
        <source>收款(&amp;C)…</source>
        <translation>&amp;Collect…</translation>
    </message>
    <message>
        <source>减免…</source>
        <translation>Reduce…</translation>
    </message>
    <message>
        <source>补打收据…</source>
        <translation>Reprint receipt…</translation>
    </message>
    <message>
        <source>作废收据…</source>
        <translation>Void receipt…</translation>
    </message>
    <message>
        <source>应收合计 {billed}&#x3000;{standing}&#x3000;收款 {count} 笔</source>
        <translation>Billed {billed}&#x3000;{standing}&#x3000;{count} payments</translation>
    </message>
    <message>
        <source>（预存中 {credit} 为原系统结转，无收据）</source>
        <translation> ({credit} of the credit carried over from the old system, no receipt)</translation>
    </message>
    <message>
        <source>账务</source>
        <translation>Ledger</translation>
    </message>
    <message>
        <source>请先在“收款”中选中一张收据。</source>
        <translation>Select a receipt under “Payments” first.</translation>
    </message>
</context>
<context>
    <name>LetterEditor</name>
    <message>
        <source>写通知</source>
        <translation>Write a notice</translation>
    </message>
    <message>
        <source>开证明</source>
        <translation>Issue a certificate</translation>
    </message>
    <message>
        <source>例如：停水通知</source>
        <translation>e.g. 停水通知 (water supply interruption)</translation>
    </message>
    <message>
        <source>例如：中国人民财产保险股份有限公司杭州分公司：</source>
        <translation>e.g. the insurer the certificate is addressed to</translation>
    </message>
    <message>
        <source>正文。段落之间空一行；不必在段首空格，打印时自动缩进两个字。</source>
        <translation>Body text. Leave a blank line between paragraphs; no need to indent, the page indents two characters.</translation>
    </message>
    <message>
        <source>大字版（给老年住户，字号放大一半）</source>
        <translation>Large print (for elderly households, text 1.5× larger)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>称呼</source>
        <translation>Addressee</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>结束语</source>
        <translation>Closing</translation>
    </message>
    <message>
        <source>落款日期</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>生成并预览(&amp;G)</source>
        <translation>&amp;Generate and preview</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>住户</source>
        <translation>Residents</translation>
    </message>
    <message>
        <source>收费</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>投诉报修</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>社区活动</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>备份(&amp;B)</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>立即把数据库备份到备份文件夹</source>
        <translation>Back up the database to the backups folder now</translation>
    </message>
    <message>
        <source>备份到…</source>
        <translation>Back up to…</translation>
    </message>
    <message>
        <source>把备份存到指定位置，例如U盘</source>
        <translation>Save a backup where you choose, e.g. a USB stick</translation>
    </message>
    <message>
        <source>从备份恢复(&amp;R)…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <source>自动备份</source>
        <translation>Automatic backups</translation>
    </message>
    <message>
        <source>每 30 分钟（有改动时）和退出时自动备份；恢复备份后暂停，核对无误后再打开</source>
        <translation>Every 30 minutes while changes happen and on exit; paused after a restore until you turn it back on</translation>
    </message>
    <message>
        <source>检查数据库(&amp;K)…</source>
        <translation>Chec&amp;k database…</translation>
    </message>
    <message>
        <source>操作日志(&amp;L)…</source>
        <translation>Audit &amp;log…</translation>
    </message>
    <message>
        <source>连接服务器(&amp;S)…</source>
        <translation>Connect to &amp;server…</translation>
    </message>
    <message>
        <source>网络版：几台电脑共用服务器上的同一个数据库</source>
        <translation>Network edition: several PCs share one database on a server</translation>
    </message>
    <message>
        <source>把服务器上的数据备份到指定位置</source>
        <translation>Back up the server&apos;s data to a place you choose</translation>
    </message>
    <message>
        <source>服务器上的数据库由管理服务器的同事恢复（恢复到一个新的空数据库）</source>
        <translation>The database on a server is restored by whoever runs the server (into a new, empty database)</translation>
    </message>
    <message>
        <source>锁定屏幕</source>
        <translation>Lock screen</translation>
    </message>
    <message>
        <source>切换用户…</source>
        <translation>Switch user…</translation>
    </message>
    <message>
        <source>导入住户名册(&amp;I)…</source>
        <translation>&amp;Import resident roster…</translation>
    </message>
    <message>
        <source>从 Excel 名册导入楼栋、房屋和业主</source>
        <translation>Import buildings, units and owners from an Excel roster</translation>
    </message>
    <message>
        <source>导入期初欠费…</source>
        <translation>Import opening arrears…</translation>
    </message>
    <message>
        <source>把原系统或台账里各户欠的月份和金额带过来</source>
        <translation>Bring in the months and amounts each household owes from the old system or ledger</translation>
    </message>
    <message>
        <source>导入期初预存…</source>
        <translation>Import opening credit…</translation>
    </message>
    <message>
        <source>把原系统里各户的预存余额带过来</source>
        <translation>Bring in each household&apos;s prepaid balance from the old system</translation>
    </message>
    <message>
        <source>期初余额导入记录…</source>
        <translation>Opening balance imports…</translation>
    </message>
    <message>
        <source>导出业主名册(&amp;E)…</source>
        <translation>&amp;Export owners&apos; register…</translation>
    </message>
    <message>
        <source>把业主名册导出为 Excel 表格</source>
        <translation>Export the owners&apos; register as an Excel workbook</translation>
    </message>
    <message>
        <source>导出本年账单…</source>
        <translation>Export this year&apos;s bills…</translation>
    </message>
    <message>
        <source>导出本年收款记录…</source>
        <translation>Export this year&apos;s payments…</translation>
    </message>
    <message>
        <source>导出欠费明细…</source>
        <translation>Export arrears…</translation>
    </message>
    <message>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>文书(&amp;D)</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>写通知(&amp;N)…</source>
        <translation>Write a &amp;notice…</translation>
    </message>
    <message>
        <source>开证明(&amp;C)…</source>
        <translation>Issue a &amp;certificate…</translation>
    </message>
    <message>
        <source>文书档案(&amp;A)…</source>
        <translation>Document &amp;archive…</translation>
    </message>
    <message>
        <source>设置(&amp;S)</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>办公室信息(&amp;O)…</source>
        <translation>&amp;Office profile…</translation>
    </message>
    <message>
        <source>账号与权限(&amp;U)…</source>
        <translation>Acco&amp;unts and rights…</translation>
    </message>
    <message>
        <source>备份与锁屏(&amp;B)…</source>
        <translation>&amp;Backups and screen lock…</translation>
    </message>
    <message>
        <source>语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>开始使用清单(&amp;S)…</source>
        <translation>Getting &amp;started…</translation>
    </message>
    <message>
        <source>关于物业前台(&amp;A)</source>
        <translation>&amp;About Property Desk</translation>
    </message>
    <message>
        <source>查找住户</source>
        <translation>Find a household</translation>
    </message>
    <message>
        <source>收款</source>
        <translation>Take a payment</translation>
    </message>
    <message>
        <source>服务器：{server}&#x3000;在线 {desks} 台</source>
        <translation>Server: {server}   {desks} desk(s) online</translation>
    </message>
    <message>
        <source>服务器 {server} 连不上，正在重新连接…</source>
        <translation>Server {server} cannot be reached; reconnecting…</translation>
    </message>
    <message>
        <source>（尚未填写办公室信息）</source>
        <translation>(office profile not entered yet)</translation>
    </message>
    <message>
        <source>服务器：{server}</source>
        <translation>Server: {server}</translation>
    </message>
    <message>
        <source>填写…</source>
        <translation>Fill in…</translation>
    </message>
    <message>
        <source>导入名册…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <source>添加住户…</source>
        <translation>Add a household…</translation>
    </message>
    <message>
        <source>收费项目…</source>
        <translation>Fee items…</translation>
    </message>
    <message>
        <source>导入欠费…</source>
        <translation>Import arrears…</translation>
    </message>
    <message>
        <source>导入预存…</source>
        <translation>Import credit…</translation>
    </message>
    <message>
        <source>没有期初余额</source>
        <translation>No opening balances</translation>
    </message>
    <message>
        <source>出账…</source>
        <translation>Bill…</translation>
    </message>
    <message>
        <source>账号与权限…</source>
        <translation>Accounts…</translation>
    </message>
    <message>
        <source>新的语言在重新启动物业前台后生效。现在重新启动吗？
（和正常退出一样：先备份，再重新打开，需要重新登录。）</source>
        <translation>The new language takes effect when Property Desk starts again. Restart now?
(As when quitting: a backup first, then it opens again and asks you to sign in.)</translation>
    </message>
    <message>
        <source>数据库：{path}</source>
        <translation>Database: {path}</translation>
    </message>
    <message>
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>装修</source>
        <translation>Renovations</translation>
    </message>
    <message>
        <source>联系单位</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <source>数据库（只读，不能保存修改）：{path}</source>
        <translation>Database (read-only, changes cannot be saved): {path}</translation>
    </message>
    <message>
        <source>操作员：{name}（{role}）</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>数据库已损坏，请从备份恢复。</source>
        <translation>The database is damaged; please restore it from a backup.</translation>
    </message>
    <message>
        <source>收款记录可能丢失</source>
        <translation>Payments may be missing</translation>
    </message>
    <message>
        <source>收款流水里有 {count} 张收据在数据库中找不到：{numbers}。

可能是断电或硬盘故障造成的。请核对这些收据的存根，按存根重新收款录入，或请主管从备份恢复。</source>
        <translation>The receipt journal lists {count} receipts the database does not hold: {numbers}.

A power cut or a disk fault may have caused it. Check the stubs of these receipts and enter them again from the stubs, or have a manager restore a backup.</translation>
    </message>
    <message>
        <source>物业前台已锁定</source>
        <translation>pmdesk is locked</translation>
    </message>
    <message>
        <source>登录…</source>
        <translation>Sign in…</translation>
    </message>
    <message>
        <source>请登录物业前台。</source>
        <translation>Please sign in to pmdesk.</translation>
    </message>
    <message>
        <source>屏幕已锁定。请 {name} 输入密码继续，或换人登录。</source>
        <translation>The screen is locked. {name}, enter your password to continue, or sign in as someone else.</translation>
    </message>
    <message>
        <source>有收据还没有打印</source>
        <translation>Receipts not printed yet</translation>
    </message>
    <message>
        <source>这些收款已经入账，但收据还没有打印（可能是程序中途关闭了）：{numbers}。

现在打印吗？</source>
        <translation>These payments are recorded but their receipts were never printed (pmdesk may have closed in between): {numbers}.

Print them now?</translation>
    </message>
    <message>
        <source>自动备份失败：{error}</source>
        <translation>Automatic backup failed: {error}</translation>
    </message>
    <message>
        <source>已载入演示数据：{households} 户，{persons} 人。</source>
        <translation>Demo data loaded: {households} households, {persons} people.</translation>
    </message>
    <message>
        <source>正在生成演示数据…</source>
        <translation>Generating demo data…</translation>
    </message>
    <message>
        <source>导入前先备份…</source>
        <translation>Backing up before the import…</translation>
    </message>
    <message>
        <source>导出业主名册</source>
        <translation>Export owners&apos; register</translation>
    </message>
    <message>
        <source>业主名册-{date}.xlsx</source>
        <translation>owners-register-{date}.xlsx</translation>
    </message>
    <message>
        <source>已导出 {rows} 户到 {path}</source>
        <translation>Exported {rows} households to {path}</translation>
    </message>
    <message>
        <source>账单-{year}.xlsx</source>
        <translation>bills-{year}.xlsx</translation>
    </message>
    <message>
        <source>收款记录-{year}.xlsx</source>
        <translation>payments-{year}.xlsx</translation>
    </message>
    <message>
        <source>欠费明细-{date}.xlsx</source>
        <translation>arrears-{date}.xlsx</translation>
    </message>
    <message>
        <source>服务器备份 (*.dump)</source>
        <translation>Server backups (*.dump)</translation>
    </message>
    <message>
        <source>备份到</source>
        <translation>Back up to</translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>备份完成</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <source>语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>退出前备份…</source>
        <translation>Backing up before closing…</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>无法完成</source>
        <translation>Could not complete</translation>
    </message>
</context>
<context>
    <name>OfficeProfileDialog</name>
    <message>
        <source>办公室信息</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <source>例如：翠湖苑</source>
        <translation>e.g. Cuihu Garden</translation>
    </message>
    <message>
        <source>选择图片…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <source>清除</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>例如：二级</source>
        <translation>e.g. Grade 2</translation>
    </message>
    <message>
        <source>例如：中国工商银行杭州翠湖支行</source>
        <translation>e.g. ICBC Hangzhou Cuihu branch</translation>
    </message>
    <message>
        <source>例如：每天 8:30—17:30</source>
        <translation>e.g. daily 8:30–17:30</translation>
    </message>
    <message>
        <source>选择收款二维码图片</source>
        <translation>Choose the payment QR code image</translation>
    </message>
    <message>
        <source>无二维码</source>
        <translation>No QR code</translation>
    </message>
    <message>
        <source>小区名称 *</source>
        <translation>Estate name *</translation>
    </message>
    <message>
        <source>服务中心名称</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>投诉电话</source>
        <translation>Complaints phone</translation>
    </message>
    <message>
        <source>服务等级</source>
        <translation>Service grade</translation>
    </message>
    <message>
        <source>印章图片（PNG，可选）</source>
        <translation>Seal image (PNG, optional)</translation>
    </message>
    <message>
        <source>缴费方式（印在缴费通知单上）</source>
        <translation>How to pay (printed on payment notices)</translation>
    </message>
    <message>
        <source>收费时间</source>
        <translation>Payment hours</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>收款二维码（PNG，可选）</source>
        <translation>Payment QR code (PNG, optional)</translation>
    </message>
    <message>
        <source>这些信息印在每一份通知、收据和证明的抬头与落款上。</source>
        <translation>This information heads and signs every notice, receipt and certificate.</translation>
    </message>
    <message>
        <source>选择印章图片</source>
        <translation>Choose the seal image</translation>
    </message>
    <message>
        <source>PNG 图片 (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>无印章</source>
        <translation>No seal</translation>
    </message>
    <message>
        <source>无法显示</source>
        <translation>Cannot display</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>读取 {read} 行，可导入 {ok} 行，有问题 {bad} 行。</source>
        <translation>Read {read} rows: {ok} can be imported, {bad} have problems.</translation>
    </message>
    <message>
        <source>期初预存</source>
        <translation>Opening credit</translation>
    </message>
    <message>
        <source>期初欠费</source>
        <translation>Opening arrears</translation>
    </message>
    <message>
        <source>{what}合计 {total}，涉及 {households} 户。</source>
        <translation>{what} total {total}, {households} households.</translation>
    </message>
    <message>
        <source>其中 {count} 行是几个月的合计，已按月平均拆分到分，除不尽的零头记在最早的月份。</source>
        <translation>{count} rows are totals over several months: split evenly by month to the fen, the remainder on the earliest month.</translation>
    </message>
    <message>
        <source>缴费历史：已缴的 {paid} 只作历史记录（不开收据，不计入收费日报），未缴部分按月结转为欠费。</source>
        <translation>Payment history: the {paid} paid is kept as history only (no receipt, not in the daily takings); what is unpaid is carried over as arrears by month.</translation>
    </message>
    <message>
        <source>{count} 行没有要结转的金额（为 0 或已缴清）。</source>
        <translation>{count} rows carry nothing over (zero or paid in full).</translation>
    </message>
    <message>
        <source>文件没有收费项目一列：都记为“{item}”。</source>
        <translation>The file has no fee item column: every row is taken as “{item}”.</translation>
    </message>
    <message>
        <source>本处还没有的收费项目：{items}（导入时需确认建为“期初结转”项目）。</source>
        <translation>Fee items this office does not have yet: {items} (to be created as carried-over items when importing).</translation>
    </message>
    <message>
        <source>（隐藏的工作表未读取：{sheets}）</source>
        <translation>(Hidden sheets not read: {sheets})</translation>
    </message>
    <message>
        <source>注意：此文件已于 {when} 导入（第 {number} 批）。</source>
        <translation>Note: this file was imported on {when} (batch {number}).</translation>
    </message>
</context>
<context>
    <name>OpeningBatches</name>
    <message>
        <source>期初欠费</source>
        <translation>Opening arrears</translation>
    </message>
    <message>
        <source>期初预存</source>
        <translation>Opening credit</translation>
    </message>
    <message>
        <source>已撤销（{reason}）</source>
        <translation>Undone ({reason})</translation>
    </message>
    <message>
        <source>有效</source>
        <translation>In force</translation>
    </message>
    <message>
        <source>批次</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <source>导入时间</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>导入人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>期初余额导入记录</source>
        <translation>Opening balance imports</translation>
    </message>
    <message>
        <source>一批导错了，可以整批撤销（需主管确认），但只在还没有缴费、减免或预存抵扣记在这批余额上时；撤销后可改好文件重新导入。</source>
        <translation>A batch imported by mistake can be undone as a whole (with a manager&apos;s approval), but only while no payment, reduction or use of credit has been recorded against it; then correct the file and import it again.</translation>
    </message>
    <message>
        <source>确认单(&amp;P)…</source>
        <translation>Confirmation &amp;sheet…</translation>
    </message>
    <message>
        <source>撤销这一批(&amp;U)…</source>
        <translation>&amp;Undo this batch…</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>撤销第 {number} 批</source>
        <translation>Undo batch {number}</translation>
    </message>
    <message>
        <source>撤销第 {number} 批（{kind}，{households} 户，合计 {total}）

撤销原因（必填，会记入操作日志）：</source>
        <translation>Undo batch {number} ({kind}, {households} households, total {total})

Reason (required, kept in the audit log):</translation>
    </message>
    <message>
        <source>撤销期初余额</source>
        <translation>Undo opening balances</translation>
    </message>
    <message>
        <source>撤销第 {number} 批？这一批的欠费账单会删除、预存会冲回，确认单留在文书档案中。</source>
        <translation>Undo batch {number}? Its arrears bills are deleted and its credit reversed; the confirmation sheet stays in the archive.</translation>
    </message>
</context>
<context>
    <name>OpeningWizard</name>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>单元</source>
        <translation>Stairwell</translation>
    </message>
    <message>
        <source>房号 *</source>
        <translation>Room *</translation>
    </message>
    <message>
        <source>业主（核对用）</source>
        <translation>Owner (for checking)</translation>
    </message>
    <message>
        <source>月份或欠费起止</source>
        <translation>Month or months owed</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>First month</translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>欠费金额</source>
        <translation>Amount owed</translation>
    </message>
    <message>
        <source>应缴金额（缴费历史）</source>
        <translation>Amount due (payment history)</translation>
    </message>
    <message>
        <source>实缴金额（缴费历史）</source>
        <translation>Amount paid (payment history)</translation>
    </message>
    <message>
        <source>缴费时间（缴费历史）</source>
        <translation>Paid on (payment history)</translation>
    </message>
    <message>
        <source>收银员（缴费历史）</source>
        <translation>Cashier (payment history)</translation>
    </message>
    <message>
        <source>预存余额 *</source>
        <translation>Prepaid balance *</translation>
    </message>
    <message>
        <source>导入期初欠费</source>
        <translation>Import opening arrears</translation>
    </message>
    <message>
        <source>导入期初预存</source>
        <translation>Import opening credit</translation>
    </message>
    <message>
        <source>选择原系统的预存余额表（Excel .xlsx）：房号和预存余额两列即可。预存不开收据，不计入当日收费。</source>
        <translation>Choose the old system&apos;s prepaid balances (Excel .xlsx): a room column and a balance column are enough. Opening credit gets no receipt and is not in the day&apos;s takings.</translation>
    </message>
    <message>
        <source>选择原系统导出或手工台账的欠费表（Excel .xlsx），三种格式都可以：
• 每户每月每个项目一行（房号、月份、收费项目、欠费金额）；
• 每户一行，欠费合计和欠费起止（按月平均拆分，零头记在最早的月份）；
• 缴费历史（开始时间、结束时间、应缴金额、实缴金额…）：已缴的只作历史记录，未缴的结转为欠费。
导入需要主管确认，导入后打印确认单交财务签字。</source>
        <translation>Choose the arrears exported from the old system or kept in an Excel ledger (.xlsx), in any of three shapes:
• one row per household, month and item (room, month, fee item, amount owed);
• one row per household with the total owed and the months it covers (split evenly by month, the remainder on the earliest);
• a payment history (start, end, amount due, amount paid…): what was paid is kept as history, what was not is carried over.
A manager approves the import; print the confirmation sheet for the finance office to sign.</translation>
    </message>
    <message>
        <source>把“{items}”建为期初结转项目（只记旧账，不按月计费）</source>
        <translation>Create “{items}” as carried-over items (old debts only, never billed monthly)</translation>
    </message>
    <message>
        <source>已导入第 {number} 批：{households} 户，合计 {total}。请打印期初余额导入确认单，交财务核对签字。</source>
        <translation>Imported batch {number}: {households} households, total {total}. Print the confirmation sheet for the finance office to check and sign.</translation>
    </message>
</context>
<context>
    <name>Owing</name>
    <message>
        <source>欠费 &lt;b&gt;{owed}&lt;/b&gt;（{months} 个月）</source>
        <translation>Arrears &lt;b&gt;{owed}&lt;/b&gt; ({months} months)</translation>
    </message>
    <message>
        <source>无欠费</source>
        <translation>No arrears</translation>
    </message>
    <message>
        <source>&#x3000;应缴 {payable}（含本月 {current}）</source>
        <translation>&#x3000;To pay {payable} (this month {current} included)</translation>
    </message>
    <message>
        <source>&#x3000;预存余额 {credit}</source>
        <translation>&#x3000;Credit {credit}</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>预览 — {title}</source>
        <translation>Preview — {title}</translation>
    </message>
    <message>
        <source>共 {pages} 页</source>
        <translation>{pages} pages</translation>
    </message>
    <message>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>另存为 PDF(&amp;S)…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>整页</source>
        <translation>Whole page</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>已保存到 {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <source>收据 {number}</source>
        <translation>Receipt {number}</translation>
    </message>
    <message>
        <source>收据 {number}（{room} {payer}，{amount}，{day}）</source>
        <translation>receipt {number} ({room} {payer}, {amount}, {day})</translation>
    </message>
    <message>
        <source>作废收据 {number}</source>
        <translation>Void receipt {number}</translation>
    </message>
    <message>
        <source>作废{which}

作废原因（必填，会记入审计记录）：</source>
        <translation>Void {which}

Reason (required, kept in the audit trail):</translation>
    </message>
    <message>
        <source>作废{which}？
这笔款会从所冲抵的账单上撤回；收据保留在编号序列中，标明“作废”。</source>
        <translation>Void {which}?
The money is taken back from the bills it paid; the receipt keeps its number, marked “void”.</translation>
    </message>
    <message>
        <source>作废收据</source>
        <translation>Void receipt</translation>
    </message>
</context>
<context>
    <name>Relations</name>
    <message>
        <source>修改联系单位</source>
        <translation>Edit organisation</translation>
    </message>
    <message>
        <source>新增联系单位</source>
        <translation>New organisation</translation>
    </message>
    <message>
        <source>负责什么，如 电梯维保、困人救援</source>
        <translation>What they look after, e.g. lift maintenance and rescue</translation>
    </message>
    <message>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>负责事项</source>
        <translation>Responsible for</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>合同开始</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>合同到期</source>
        <translation>Contract ends</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>People</translation>
    </message>
    <message>
        <source>职务，如 社区主任</source>
        <translation>Role, e.g. community director</translation>
    </message>
    <message>
        <source>在职</source>
        <translation>Still there</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>记录联系</source>
        <translation>Log contact</translation>
    </message>
    <message>
        <source>谈了什么，商定了什么</source>
        <translation>What was discussed and agreed</translation>
    </message>
    <message>
        <source>为哪一户的催缴或帮扶（房号，可不填）</source>
        <translation>The household it concerns (collection or help; room, optional)</translation>
    </message>
    <message>
        <source>联系单位</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>对方人员</source>
        <translation>Person there</translation>
    </message>
    <message>
        <source>商定事项</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>下一步日期</source>
        <translation>Next step date</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>下一步到期时会出现在“今日”，再次记录与该单位的联系后消失。</source>
        <translation>The next step shows on Today when due, and goes once another contact with the organisation is logged.</translation>
    </message>
</context>
<context>
    <name>RelationsView</name>
    <message>
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>合同到期</source>
        <translation>Contract ends</translation>
    </message>
    <message>
        <source>最近联系</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <source>对方</source>
        <translation>With</translation>
    </message>
    <message>
        <source>商定事项</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>附件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>经办人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>职务</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>已离职</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>受理</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>按时</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>超时</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>回访</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>查找单位、联系人或电话</source>
        <translation>Find an organisation, person or phone</translation>
    </message>
    <message>
        <source>全部类别</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>含已停用</source>
        <translation>Include inactive</translation>
    </message>
    <message>
        <source>新增单位…</source>
        <translation>New organisation…</translation>
    </message>
    <message>
        <source>修改…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>记录联系…</source>
        <translation>Log contact…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>添加联系人…</source>
        <translation>Add person…</translation>
    </message>
    <message>
        <source>修改联系人…</source>
        <translation>Edit person…</translation>
    </message>
    <message>
        <source>联系记录</source>
        <translation>Contact log</translation>
    </message>
    <message>
        <source>联系人</source>
        <translation>People</translation>
    </message>
    <message>
        <source>派单记录</source>
        <translation>Jobs sent</translation>
    </message>
    <message>
        <source>还没有联系单位。点“新增单位…”登记居委会、街道、派出所、水电气公司、维保和保洁等供应商、业委会，再记录每次联系和下一步。</source>
        <translation>No organisations yet. Click “New organisation…” to enter the residents&apos; committee, the sub-district office, the police station, the utilities, the suppliers and the owners&apos; committee, then log each contact and its next step.</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>负责</source>
        <translation>Responsible for</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>合同：{start} 至 {end}</source>
        <translation>Contract: {start} to {end}</translation>
    </message>
    <message>
        <source>（即将到期，请安排续签或招标）</source>
        <translation> (ending soon: renew or tender)</translation>
    </message>
    <message>
        <source>下一步：{step} {day}</source>
        <translation>Next step: {step} {day}</translation>
    </message>
    <message>
        <source>派单 {jobs} 件，已处理 {handled} 件，按时完成率 {on_time}；回访 {visited} 次，满意率 {satisfied}（4–5 分），平均 {average} 分</source>
        <translation>{jobs} jobs sent, {handled} handled, {on_time} on time; {visited} follow-ups, {satisfied} satisfied (4–5), average {average}</translation>
    </message>
    <message>
        <source>保存附件</source>
        <translation>Save attachment</translation>
    </message>
    <message>
        <source>联系单位.xlsx</source>
        <translation>contacts.xlsx</translation>
    </message>
</context>
<context>
    <name>Renovations</name>
    <message>
        <source>装修登记</source>
        <translation>Register renovation</translation>
    </message>
    <message>
        <source>修改装修登记 — {number}</source>
        <translation>Edit renovation — {number}</translation>
    </message>
    <message>
        <source>房号，如 3-2-501</source>
        <translation>Room, e.g. 3-2-501</translation>
    </message>
    <message>
        <source>如 厨卫翻新、铺地砖、刷墙、更换门窗</source>
        <translation>e.g. new kitchen and bathroom, floor tiles, painting, windows</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>装修公司</source>
        <translation>Contractor</translation>
    </message>
    <message>
        <source>施工负责人</source>
        <translation>Foreman</translation>
    </message>
    <message>
        <source>装修内容</source>
        <translation>Works</translation>
    </message>
    <message>
        <source>须主管审批</source>
        <translation>Manager approves</translation>
    </message>
    <message>
        <source>开工日期</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>完工日期</source>
        <translation>End</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>业主 {owner}</source>
        <translation>Owner {owner}</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not registered</translation>
    </message>
    <message>
        <source>应交：装修押金 {deposit}（验收后退还），垃圾清运费 {fee}</source>
        <translation>Due: deposit {deposit} (refunded after the final inspection), rubbish clearance {fee}</translation>
    </message>
    <message>
        <source>；涉及结构等须主管审批</source>
        <translation>; structural works need a manager&apos;s approval</translation>
    </message>
    <message>
        <source>登记施工人员 — {number}</source>
        <translation>Register worker — {number}</translation>
    </message>
    <message>
        <source>只保存打码后的号码</source>
        <translation>Only the masked number is kept</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>审批 — {number}</source>
        <translation>Decide — {number}</translation>
    </message>
    <message>
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>不批准</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <source>审批意见；不批准时写明原因</source>
        <translation>Remarks; the reason when refused</translation>
    </message>
    <message>
        <source>涉及：{works}（须主管审批）</source>
        <translation>Includes: {works} (a manager approves)</translation>
    </message>
    <message>
        <source>结论</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>收押金和清运费 — {number} {room}</source>
        <translation>Deposit and clearance fee — {number} {room}</translation>
    </message>
    <message>
        <source>现金实收，可不填</source>
        <translation>Cash tendered (optional)</translation>
    </message>
    <message>
        <source>应交押金 {due}，已交 {paid}；应交清运费 {fee_due}，已交 {fee_paid}</source>
        <translation>Deposit due {due}, paid {paid}; clearance fee due {fee_due}, paid {fee_paid}</translation>
    </message>
    <message>
        <source>押金是代业主暂收的款项，验收后退还，不计入收入。</source>
        <translation>The deposit is held for the household and refunded after the final inspection; it is not income.</translation>
    </message>
    <message>
        <source>装修押金</source>
        <translation>Renovation deposit</translation>
    </message>
    <message>
        <source>垃圾清运费</source>
        <translation>Clearance fee</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>实收</source>
        <translation>Tendered</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>Payer</translation>
    </message>
    <message>
        <source>预约清运 — {number} {room}</source>
        <translation>Book clearance — {number} {room}</translation>
    </message>
    <message>
        <source> 袋</source>
        <translation> bags</translation>
    </message>
    <message>
        <source>如 垃圾放在门口</source>
        <translation>e.g. bags by the door</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>约几袋</source>
        <translation>Bags (about)</translation>
    </message>
    <message>
        <source>清运时段避开电梯高峰（{peaks}）；垃圾须袋装。</source>
        <translation>Slots avoid the lift&apos;s peak hours ({peaks}); rubbish must be bagged.</translation>
    </message>
    <message>
        <source>{slot}（还可约 {free} 户）</source>
        <translation>{slot} ({free} places left)</translation>
    </message>
    <message>
        <source>{slot}（已约满）</source>
        <translation>{slot} (full)</translation>
    </message>
    <message>
        <source>检查与验收 — {number} {room}</source>
        <translation>Inspection — {number} {room}</translation>
    </message>
    <message>
        <source>{kind}（计划 {day}）</source>
        <translation>{kind} (planned {day})</translation>
    </message>
    <message>
        <source>合格</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>不合格</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>检查情况；不合格时写明问题，保存后可登记违规和整改期限</source>
        <translation>Findings; when failed, what is wrong (a violation and its deadline can follow)</translation>
    </message>
    <message>
        <source>不填则为当前登录人</source>
        <translation>Blank: the person signed in</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>检查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>照片</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>登记违规 — {number} {room}</source>
        <translation>Record violation — {number} {room}</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>违规类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>What</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>邻居投诉</source>
        <translation>Neighbour&apos;s complaint</translation>
    </message>
    <message>
        <source>退还装修押金 — {number} {room}</source>
        <translation>Refund deposit — {number} {room}</translation>
    </message>
    <message>
        <source>扣款原因：损坏了什么、修复费用</source>
        <translation>Reason: what was damaged, what the repair costs</translation>
    </message>
    <message>
        <source>在押押金</source>
        <translation>Deposit held</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>扣款原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>损坏照片</source>
        <translation>Damage photos</translation>
    </message>
    <message>
        <source>退款方式</source>
        <translation>Refund by</translation>
    </message>
    <message>
        <source>实退</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>扣款须主管批准，并附照片为证。</source>
        <translation>A deduction needs a manager&apos;s approval and photos as evidence.</translation>
    </message>
    <message>
        <source>装修管理设置</source>
        <translation>Renovation settings</translation>
    </message>
    <message>
        <source>周六、周日不得进行噪音作业</source>
        <translation>No noisy work on Saturdays and Sundays</translation>
    </message>
    <message>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <source>允许施工时间</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>电梯高峰时段</source>
        <translation>Lift peak hours</translation>
    </message>
    <message>
        <source>清运时段</source>
        <translation>Clearance slots</translation>
    </message>
    <message>
        <source>每时段户数</source>
        <translation>Households per slot</translation>
    </message>
    <message>
        <source>涉及结构等的押金</source>
        <translation>Deposit for structural works</translation>
    </message>
    <message>
        <source>清运费（元/㎡）</source>
        <translation>Clearance fee (yuan/m²)</translation>
    </message>
    <message>
        <source>巡查间隔</source>
        <translation>Inspect every</translation>
    </message>
    <message>
        <source>时段写成 08:00-12:00，多个用逗号隔开。例：89.50㎡ 的清运费 {fee}。</source>
        <translation>Write times as 08:00-12:00, several separated by commas. E.g. the clearance fee for 89.50 m²: {fee}.</translation>
    </message>
</context>
<context>
    <name>RenovationsView</name>
    <message>
        <source>（照片 {count}）</source>
        <translation> ({count} photos)</translation>
    </message>
    <message>
        <source>登记号</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>工期</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>在押押金</source>
        <translation>Deposit held</translation>
    </message>
    <message>
        <source>出入证号</source>
        <translation>Pass no.</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>Trade</translation>
    </message>
    <message>
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>交回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>袋数</source>
        <translation>Bags</translation>
    </message>
    <message>
        <source>情况</source>
        <translation>What</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>计划</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>检查日</source>
        <translation>Inspected</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>检查情况</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>发现</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>整改</source>
        <translation>Put right</translation>
    </message>
    <message>
        <source>投诉</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>（作废）</source>
        <translation> (void)</translation>
    </message>
    <message>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>押金</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>清运费</source>
        <translation>Clearance fee</translation>
    </message>
    <message>
        <source>押金变动</source>
        <translation>Deposit</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>凭证</source>
        <translation>Voucher</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>批准人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>来自</source>
        <translation>From</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>Deduction</translation>
    </message>
    <message>
        <source>登记装修…</source>
        <translation>Register…</translation>
    </message>
    <message>
        <source>修改/延期…</source>
        <translation>Edit/extend…</translation>
    </message>
    <message>
        <source>改施工单位、负责人；延长完工日期</source>
        <translation>Change the contractor or foreman; extend the end date</translation>
    </message>
    <message>
        <source>审批…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>收押金和清运费…</source>
        <translation>Take deposit…</translation>
    </message>
    <message>
        <source>开收据，与物业费收据同一编号序列</source>
        <translation>Issues a receipt in the same numbering as fee receipts</translation>
    </message>
    <message>
        <source>预约清运…</source>
        <translation>Book clearance…</translation>
    </message>
    <message>
        <source>检查/验收…</source>
        <translation>Inspect…</translation>
    </message>
    <message>
        <source>退押金…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>装修许可证（贴户门）</source>
        <translation>Renovation permit (for the door)</translation>
    </message>
    <message>
        <source>装修公告（贴单元门）</source>
        <translation>Renovation notice (for the stairwell)</translation>
    </message>
    <message>
        <source>清运单（给保洁）…</source>
        <translation>Clearance list (for the cleaners)…</translation>
    </message>
    <message>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>设置…</source>
        <translation>Settings…</translation>
    </message>
    <message>
        <source>施工时间、清运时段、押金和清运费</source>
        <translation>Working hours, clearance slots, deposit and clearance fee</translation>
    </message>
    <message>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <source>房号、登记号、公司</source>
        <translation>Room, reg. no., contractor</translation>
    </message>
    <message>
        <source>登记施工人员…</source>
        <translation>Add worker…</translation>
    </message>
    <message>
        <source>出入证已交回</source>
        <translation>Pass returned</translation>
    </message>
    <message>
        <source>已清运…</source>
        <translation>Cleared…</translation>
    </message>
    <message>
        <source>未清运</source>
        <translation>Not cleared</translation>
    </message>
    <message>
        <source>取消预约</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>登记违规…</source>
        <translation>Violation…</translation>
    </message>
    <message>
        <source>整改完成…</source>
        <translation>Put right…</translation>
    </message>
    <message>
        <source>添加文件…</source>
        <translation>Add file…</translation>
    </message>
    <message>
        <source>施工人员</source>
        <translation>Workers</translation>
    </message>
    <message>
        <source>清运</source>
        <translation>Clearance</translation>
    </message>
    <message>
        <source>检查与违规</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <source>收费与押金</source>
        <translation>Money</translation>
    </message>
    <message>
        <source>在押装修押金 {count} 户，共 {amount}（代业主暂收，不计收入）</source>
        <translation>Deposits held: {count} households, {amount} (held for households, not income)</translation>
    </message>
    <message>
        <source>还没有装修登记。业主来办装修手续时，点“登记装修…”记下施工单位、内容和工期；批准并收取押金后打印装修许可证和公告。</source>
        <translation>No renovations yet. When an owner comes to register one, click “Register…” to record the contractor, the works and the dates; once approved and the deposit taken, print the permit and the notice.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{number}&#x3000;{room}&lt;/b&gt;&#x3000;{stage}</source>
        <translation>&lt;b&gt;{number}&#x3000;{room}&lt;/b&gt;&#x3000;{stage}</translation>
    </message>
    <message>
        <source>申请人：{applicant} {phone}&#x3000;装修公司：{company}&#x3000;负责人：{foreman} {foreman_phone}</source>
        <translation>Applicant: {applicant} {phone}&#x3000;Contractor: {company}&#x3000;Foreman: {foreman} {foreman_phone}</translation>
    </message>
    <message>
        <source>工期：{start} 至 {end}&#x3000;内容：{scope}</source>
        <translation>From {start} to {end}&#x3000;Works: {scope}</translation>
    </message>
    <message>
        <source>涉及：{works}</source>
        <translation>Includes: {works}</translation>
    </message>
    <message>
        <source>审批：{who} {when} {note}</source>
        <translation>Decided: {who} {when} {note}</translation>
    </message>
    <message>
        <source>押金：应交 {due}，已交 {paid}，在押 {held}；清运费：应交 {fee_due}，已交 {fee_paid}</source>
        <translation>Deposit: due {due}, paid {paid}, held {held}; clearance fee: due {fee_due}, paid {fee_paid}</translation>
    </message>
    <message>
        <source>扣款 {deducted}，已退 {refunded}</source>
        <translation>Deducted {deducted}, refunded {refunded}</translation>
    </message>
    <message>
        <source>{count} 项违规待整改</source>
        <translation>{count} violations to put right</translation>
    </message>
    <message>
        <source>登记违规</source>
        <translation>Record violation</translation>
    </message>
    <message>
        <source>检查不合格。现在登记违规并定整改期限吗？</source>
        <translation>The inspection failed. Record a violation with a deadline now?</translation>
    </message>
    <message>
        <source>整改完成</source>
        <translation>Put right</translation>
    </message>
    <message>
        <source>整改情况（必填）：</source>
        <translation>What was done (required):</translation>
    </message>
    <message>
        <source>已清运</source>
        <translation>Cleared</translation>
    </message>
    <message>
        <source>清运了几袋：</source>
        <translation>Bags cleared:</translation>
    </message>
    <message>
        <source>选择图纸、照片或文件</source>
        <translation>Choose drawings, photos or files</translation>
    </message>
    <message>
        <source>照片或文件 (*.jpg *.jpeg *.png *.pdf)</source>
        <translation>Photos or files (*.jpg *.jpeg *.png *.pdf)</translation>
    </message>
    <message>
        <source>保存文件</source>
        <translation>Save file</translation>
    </message>
    <message>
        <source>清运单</source>
        <translation>Clearance list</translation>
    </message>
    <message>
        <source>打印哪一天的清运单（如 明天、12-3）：</source>
        <translation>Clearance list for which day (e.g. 2026-12-03):</translation>
    </message>
    <message>
        <source>装修登记.xlsx</source>
        <translation>renovations.xlsx</translation>
    </message>
</context>
<context>
    <name>ResidentsTab</name>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>业主</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>建筑面积(㎡)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>查找：房号（3-2-501、3栋2单元）、姓名、拼音首字母（zw）、电话后四位、车牌</source>
        <translation>Find: room (3-2-501, 3栋2单元), name, pinyin initials (zw), last digits of a phone, plate</translation>
    </message>
    <message>
        <source>欠费不限</source>
        <translation>Any arrears</translation>
    </message>
    <message>
        <source>欠费</source>
        <translation>In arrears</translation>
    </message>
    <message>
        <source>欠 3 个月以上</source>
        <translation>Owing 3+ months</translation>
    </message>
    <message>
        <source>欠 12 个月以上</source>
        <translation>Owing 12+ months</translation>
    </message>
    <message>
        <source>楼盘图</source>
        <translation>Building map</translation>
    </message>
    <message>
        <source>添加住户(&amp;A)…</source>
        <translation>&amp;Add a household…</translation>
    </message>
    <message>
        <source>登记簿里还没有住户。已有 Excel 名册的，导入名册（会先自动备份）；也可以一户一户添加。</source>
        <translation>The register has no households yet. Import an Excel roster if you have one (a backup is made first), or add them one by one.</translation>
    </message>
    <message>
        <source>导入住户名册(&amp;I)…</source>
        <translation>&amp;Import resident roster…</translation>
    </message>
    <message>
        <source>添加一户…</source>
        <translation>Add one…</translation>
    </message>
    <message>
        <source>全部楼栋</source>
        <translation>All buildings</translation>
    </message>
    <message>
        <source>{building}栋</source>
        <translation>Building {building}</translation>
    </message>
    <message>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>正在准备查找…</source>
        <translation>Preparing the search…</translation>
    </message>
    <message>
        <source>{count} 户</source>
        <translation>{count} households</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>自动</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <source>检查前</source>
        <translation>Before check</translation>
    </message>
    <message>
        <source>恢复前另存</source>
        <translation>Set aside at restore</translation>
    </message>
    <message>
        <source>升级前</source>
        <translation>Before upgrade</translation>
    </message>
    <message>
        <source>可用</source>
        <translation>Usable</translation>
    </message>
    <message>
        <source>已损坏，不能使用</source>
        <translation>Damaged, cannot be used</translation>
    </message>
    <message>
        <source>备份时间</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>收据</source>
        <translation>Receipts</translation>
    </message>
    <message>
        <source>最后一张收据</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>恢复前，当前数据库会另存到备份文件夹（“恢复前另存”），不会删除。恢复后自动备份会暂停：请核对数据，确认无误后在“文件”菜单重新打开“自动备份”。</source>
        <translation>Before a restore the current database is set aside in the backups folder (“Set aside at restore”), never deleted. Automatic backups pause after a restore: check the data, then turn “Automatic backups” back on in the File menu.</translation>
    </message>
    <message>
        <source>其他位置的备份…</source>
        <translation>Backup from elsewhere…</translation>
    </message>
    <message>
        <source>恢复所选备份</source>
        <translation>Restore selected backup</translation>
    </message>
    <message>
        <source>备份文件夹里还没有备份。</source>
        <translation>The backups folder has no backups yet.</translation>
    </message>
    <message>
        <source>选择要恢复的备份</source>
        <translation>Choose the backup to restore</translation>
    </message>
    <message>
        <source>数据库备份 (*.db)</source>
        <translation>Database backups (*.db)</translation>
    </message>
    <message>
        <source>数据库无法打开，请主管输入账号和密码（按所选备份里的账号核对）。</source>
        <translation>The database cannot be opened. A manager, please enter your name and password (checked against the accounts in the chosen backup).</translation>
    </message>
    <message>
        <source>用 {time} 的备份替换当前数据库？

住户 {households} 户，收据 {receipts} 张，最后一张收据 {last}。
这之后录入的数据不在这份备份里。

当前数据库会另存到备份文件夹，不会删除。</source>
        <translation>Replace the current database with the backup of {time}?

{households} households, {receipts} receipts, last receipt {last}.
Anything entered after it is not in this backup.

The current database is set aside in the backups folder, never deleted.</translation>
    </message>
    <message>
        <source>恢复完成</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>已从备份恢复。原来的数据库已另存为 {aside}

自动备份已暂停：请核对数据，无误后在“文件”菜单重新打开“自动备份”。</source>
        <translation>Restored from the backup. The previous database was set aside as {aside}

Automatic backups are paused: check the data, then turn “Automatic backups” back on in the File menu.</translation>
    </message>
    <message>
        <source>正在恢复…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>SurveyDialogs</name>
    <message>
        <source>新建满意度调查</source>
        <translation>New satisfaction survey</translation>
    </message>
    <message>
        <source>满意 / 基本满意 / 不满意</source>
        <translation>Satisfied / fairly satisfied / dissatisfied</translation>
    </message>
    <message>
        <source>1–5 分</source>
        <translation>1–5 points</translation>
    </message>
    <message>
        <source>楼栋号，用逗号分开，如 1,2,5</source>
        <translation>Building numbers, separated by commas, e.g. 1,2,5</translation>
    </message>
    <message>
        <source>每栋楼随机抽取这个比例的住户（至少一户）</source>
        <translation>This share of each building&apos;s households, drawn at random (at least one)</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Handed out on</translation>
    </message>
    <message>
        <source>回收截止</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>评价方式</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>调查项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>调查对象</source>
        <translation>Households asked</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Buildings</translation>
    </message>
    <message>
        <source>抽样比例</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>1 满意&#x3000;2 基本满意&#x3000;3 不满意&#x3000;0 空项&#x3000;退格 上一项</source>
        <translation>1 satisfied   2 fairly satisfied   3 dissatisfied   0 blank   Backspace previous item</translation>
    </message>
    <message>
        <source>5 到 1 分&#x3000;0 空项&#x3000;退格 上一项</source>
        <translation>5 to 1 points   0 blank   Backspace previous item</translation>
    </message>
    <message>
        <source>{score} 分</source>
        <translation>{score} points</translation>
    </message>
    <message>
        <source>录入答卷：{title}</source>
        <translation>Enter returned forms: {title}</translation>
    </message>
    <message>
        <source>房号，如 3-2-501，回车</source>
        <translation>Room, e.g. 3-2-501, then Enter</translation>
    </message>
    <message>
        <source>意见和建议（可不填），回车保存</source>
        <translation>Comments (optional), Enter saves</translation>
    </message>
    <message>
        <source>保存（回车）</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <source>未交回</source>
        <translation>Not returned</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>已录入 {answered} 份，未交回 {absent} 份，待录入 {left} 份（共发放 {asked} 份）</source>
        <translation>{answered} entered, {absent} not returned, {left} to enter ({asked} handed out)</translation>
    </message>
    <message>
        <source>{owner}&#x3000;{state}</source>
        <translation>{owner}   {state}</translation>
    </message>
    <message>
        <source>（业主未登记）</source>
        <translation>(no owner registered)</translation>
    </message>
    <message>
        <source>已保存 {room} 的答卷。</source>
        <translation>Form of {room} saved.</translation>
    </message>
    <message>
        <source>{room} 已标记为未交回。</source>
        <translation>{room} marked as not returned.</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Improvement measure</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due by</translation>
    </message>
</context>
<context>
    <name>SurveysView</name>
    <message>
        <source>调查</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>发放</source>
        <translation>Handed out</translation>
    </message>
    <message>
        <source>截止</source>
        <translation>Return by</translation>
    </message>
    <message>
        <source>份数</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>交回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <source>待录入</source>
        <translation>To enter</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Improvement measure</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>答卷</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>满意率</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>上次</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>回访（4–5分）</source>
        <translation>Follow-ups (4–5)</translation>
    </message>
    <message>
        <source>同期投诉报修</source>
        <translation>Complaints in the period</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>老人户用大字版</source>
        <translation>Large print for the elderly</translation>
    </message>
    <message>
        <source>全部普通版</source>
        <translation>All in normal print</translation>
    </message>
    <message>
        <source>全部大字版</source>
        <translation>All in large print</translation>
    </message>
    <message>
        <source>新建调查…</source>
        <translation>New survey…</translation>
    </message>
    <message>
        <source>录入答卷…</source>
        <translation>Enter forms…</translation>
    </message>
    <message>
        <source>按房号逐份录入交回的问卷（Ctrl+E）</source>
        <translation>Type in the returned forms one by one by room (Ctrl+E)</translation>
    </message>
    <message>
        <source>打印问卷</source>
        <translation>Print forms</translation>
    </message>
    <message>
        <source>每户一份问卷；开始录入后只打印还没有交回的</source>
        <translation>One form per household; once entry has begun, only the forms still out</translation>
    </message>
    <message>
        <source>回收结束</source>
        <translation>Close collection</translation>
    </message>
    <message>
        <source>把还没有录入的问卷都标记为未交回</source>
        <translation>Mark every form not yet entered as not returned</translation>
    </message>
    <message>
        <source>结果公示</source>
        <translation>Results notice</translation>
    </message>
    <message>
        <source>业委会报告</source>
        <translation>Committee report</translation>
    </message>
    <message>
        <source>导出答卷…</source>
        <translation>Export answers…</translation>
    </message>
    <message>
        <source>达标线 </source>
        <translation>Standard </translation>
    </message>
    <message>
        <source>满意率低于此值的项目须制定整改措施</source>
        <translation>Items satisfied below this need an improvement plan</translation>
    </message>
    <message>
        <source>添加整改措施…</source>
        <translation>Add measure…</translation>
    </message>
    <message>
        <source>标记完成</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>各楼栋</source>
        <translation>By building</translation>
    </message>
    <message>
        <source>还没有满意度调查。点“新建调查…”选定调查对象和项目，打印问卷发到各户，交回后在“录入答卷…”中逐份录入。</source>
        <translation>No satisfaction survey yet. Click “New survey…” to choose the households and items, print the forms for each household, and type in the returned forms with “Enter forms…”.</translation>
    </message>
    <message>
        <source>{title}：发放 {asked} 份，交回 {responses} 份，回收率 {rate}</source>
        <translation>{title}: {asked} handed out, {responses} returned, response rate {rate}</translation>
    </message>
    <message>
        <source>总体满意率 {rate}（达标线 {standard}%）</source>
        <translation>Overall satisfied {rate} (standard {standard}%)</translation>
    </message>
    <message>
        <source>，上次（{title}）{rate}</source>
        <translation>, last time ({title}) {rate}</translation>
    </message>
    <message>
        <source>同期投诉报修回访 {count} 次，评 4–5 分的占 {rate}</source>
        <translation>{count} complaint follow-ups in the period, {rate} rated 4–5</translation>
    </message>
    <message>
        <source>低于达标线：{items}（红色）</source>
        <translation>Below the standard: {items} (in red)</translation>
    </message>
    <message>
        <source>……另有 {count} 件</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>还有 {count} 份问卷没有录入。把它们都标记为未交回吗？之后交回的仍可录入。</source>
        <translation>{count} forms have not been entered. Mark them all as not returned? Forms returned later can still be entered.</translation>
    </message>
    <message>
        <source>满意度调查答卷.xlsx</source>
        <translation>satisfaction-answers.xlsx</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <source>事项</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>时间</source>
        <translation>When</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>只看这一类（再按一次看全部）</source>
        <translation>Show only these (press again to show all)</translation>
    </message>
    <message>
        <source>今日待办没有读出来：{error}</source>
        <translation>Today&apos;s work could not be read: {error}</translation>
    </message>
    <message>
        <source>正在读取今日待办…</source>
        <translation>Reading today&apos;s work…</translation>
    </message>
    <message>
        <source>{month}月{day}日 {weekday}&#x3000;今日待办</source>
        <translation>Today&apos;s work: {weekday}, {month}/{day}</translation>
    </message>
    <message>
        <source>今天没有待办事项。</source>
        <translation>Nothing to do today.</translation>
    </message>
    <message>
        <source>这一类今天没有待办。</source>
        <translation>Nothing of this kind today.</translation>
    </message>
    <message>
        <source>本月概览</source>
        <translation>The month at a glance</translation>
    </message>
    <message>
        <source>{month} 当期收缴率 {rate}%（去年同月 {before}%）</source>
        <translation>{month} collection rate {rate}% (same month last year {before}%)</translation>
    </message>
    <message>
        <source>欠费 {households} 户，合计 {total}</source>
        <translation>{households} households owing, {total} in all</translation>
    </message>
    <message>
        <source>本月受理投诉报修 {count} 件，按时办结率 {rate}</source>
        <translation>{count} complaints and repairs received this month, {rate} handled on time</translation>
    </message>
    <message>
        <source>回访满意度 {score}</source>
        <translation>Follow-up satisfaction {score}</translation>
    </message>
    <message>
        <source>{title}：满意率 {rate}</source>
        <translation>{title}: satisfied {rate}</translation>
    </message>
    <message>
        <source>3个月内</source>
        <translation>0–3m</translation>
    </message>
    <message>
        <source>3–12月</source>
        <translation>3–12m</translation>
    </message>
    <message>
        <source>1–2年</source>
        <translation>1–2y</translation>
    </message>
    <message>
        <source>2–3年</source>
        <translation>2–3y</translation>
    </message>
    <message>
        <source>3年以上</source>
        <translation>3y+</translation>
    </message>
    <message>
        <source>当期收缴率</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>欠费账龄（万元）</source>
        <translation>Arrears by age (10,000 yuan)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>欢迎使用物业前台</source>
        <translation>Welcome to Property Desk</translation>
    </message>
    <message>
        <source>这是一个新的数据库。请先填写本小区和物业服务中心的信息，它们会印在每一份通知和收据上。

如果只是想先看看软件，可以载入一个虚构小区的演示数据（2000 户），以后再换成正式数据库。</source>
        <translation>This is a new database. First enter the details of the estate and its property office; they are printed on every notice and receipt.

To look around first, load the demo data of a fictional estate (2,000 households) and switch to a real database later.</translation>
    </message>
    <message>
        <source>填写办公室信息</source>
        <translation>Enter the office profile</translation>
    </message>
    <message>
        <source>载入演示数据</source>
        <translation>Load demo data</translation>
    </message>
    <message>
        <source>以后再说</source>
        <translation>Later</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>用法错误：{message}（运行 pmdesk --help 查看用法）</source>
        <translation>Usage error: {message} (run pmdesk --help for usage)</translation>
    </message>
    <message>
        <source>物业前台：住户、收费、投诉报修与社区活动。不带命令时启动图形界面。</source>
        <translation>Property Desk: residents, fees, complaints and repairs, community events. Without a command it starts the desktop application.</translation>
    </message>
    <message>
        <source>界面语言</source>
        <translation>language</translation>
    </message>
    <message>
        <source>创建或更新办公室信息（印在每封信函上）</source>
        <translation>create or update the office profile printed on every letter</translation>
    </message>
    <message>
        <source>小区名称</source>
        <translation>estate name</translation>
    </message>
    <message>
        <source>服务中心名称（默认：小区名称+物业服务中心）</source>
        <translation>office name (default: the estate name + 物业服务中心)</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>投诉电话</source>
        <translation>complaints phone</translation>
    </message>
    <message>
        <source>物业服务等级（印在收费公示上）</source>
        <translation>service grade (printed on the fee publication)</translation>
    </message>
    <message>
        <source>收费时间（印在缴费通知单上）</source>
        <translation>payment hours (printed on payment notices)</translation>
    </message>
    <message>
        <source>转账缴费的开户银行</source>
        <translation>bank for payments by transfer</translation>
    </message>
    <message>
        <source>转账缴费的户名</source>
        <translation>account name for payments by transfer</translation>
    </message>
    <message>
        <source>转账缴费的账号</source>
        <translation>account number for payments by transfer</translation>
    </message>
    <message>
        <source>向空数据库载入可重现的演示数据</source>
        <translation>fill an empty database with reproducible demo data</translation>
    </message>
    <message>
        <source>户数（默认 2000）</source>
        <translation>number of households (default 2000)</translation>
    </message>
    <message>
        <source>账单与收款的年数（默认 2，0 表示不生成）</source>
        <translation>years of bills and payments (default 2, 0 for none)</translation>
    </message>
    <message>
        <source>随机种子（默认 1）</source>
        <translation>random seed (default 1)</translation>
    </message>
    <message>
        <source>满意度调查 {surveys} 次。</source>
        <translation>Satisfaction surveys: {surveys}.</translation>
    </message>
    <message>
        <source>联系单位记录 {contacts} 条，事件 {incidents} 起。</source>
        <translation>{contacts} contacts with organisations, {incidents} incidents.</translation>
    </message>
    <message>
        <source>装修登记 {renovations} 户。</source>
        <translation>Renovations: {renovations}.</translation>
    </message>
    <message>
        <source>在线备份数据库（默认存入 backups 文件夹）</source>
        <translation>back up the live database (default: the backups folder)</translation>
    </message>
    <message>
        <source>备份文件或文件夹</source>
        <translation>backup file or folder</translation>
    </message>
    <message>
        <source>用备份替换数据库（当前数据库先另存一份）</source>
        <translation>replace the database with a backup (the current one is kept aside)</translation>
    </message>
    <message>
        <source>备份文件</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>检查数据库的完整性</source>
        <translation>check the integrity of the database</translation>
    </message>
    <message>
        <source>把单机版的数据库迁移到网络版的空数据库（原文件保持不变）</source>
        <translation>move the single-PC database into an empty database of the networked edition (the file stays as it is)</translation>
    </message>
    <message>
        <source>服务器上的空数据库：postgresql://用户@主机:端口/数据库</source>
        <translation>an empty database on the server: postgresql://user@host:port/database</translation>
    </message>
    <message>
        <source>已把备份 {backup} 恢复到服务器上的空数据库 {server}。</source>
        <translation>Restored the backup {backup} into the empty database {server} on the server.</translation>
    </message>
    <message>
        <source>已把 {path} 迁移到 {server}：住户 {units} 户，账单 {bills} 笔，收据 {payments} 张，操作记录 {audit} 条；核对无误。下一张收据是 {receipt}。原文件保持不变。</source>
        <translation>Moved {path} to {server}: {units} households, {bills} bills, {payments} receipts, {audit} audit entries; everything checks out. The next receipt is {receipt}. The file stays as it was.</translation>
    </message>
    <message>
        <source>从 Excel 导入</source>
        <translation>import from Excel</translation>
    </message>
    <message>
        <source>导入住户名册（.xlsx）</source>
        <translation>import a resident roster (.xlsx)</translation>
    </message>
    <message>
        <source>名册文件</source>
        <translation>the roster file</translation>
    </message>
    <message>
        <source>导入期初欠费（.xlsx）：按月、按欠费起止或缴费历史</source>
        <translation>import opening arrears (.xlsx): by month, by months owed, or a payment history</translation>
    </message>
    <message>
        <source>导入期初预存余额（.xlsx）</source>
        <translation>import opening prepaid balances (.xlsx)</translation>
    </message>
    <message>
        <source>原系统导出或台账文件</source>
        <translation>the old system&apos;s export or the ledger</translation>
    </message>
    <message>
        <source>只检查并报告，不写入数据库</source>
        <translation>only check and report; write nothing</translation>
    </message>
    <message>
        <source>导入正确的行，跳过有问题的行</source>
        <translation>import the good rows, skip the bad ones</translation>
    </message>
    <message>
        <source>把未导入的行连同原因存到这个文件（与 --skip-bad 同用）</source>
        <translation>save the rows not imported, with the reason, to this file (with --skip-bad)</translation>
    </message>
    <message>
        <source>把期初余额导入确认单另存为 PDF（确认单总会存入文书档案）</source>
        <translation>also save the confirmation sheet as this PDF (it is always kept in the archive)</translation>
    </message>
    <message>
        <source>文件中本处没有的收费项目建为“期初结转”项目（只记旧账，不按月计费）</source>
        <translation>create fee items this office does not have as carried-over items (old debts only, never billed monthly)</translation>
    </message>
    <message>
        <source>期初余额：导入记录与撤销</source>
        <translation>opening balances: the imports, and undoing one</translation>
    </message>
    <message>
        <source>列出每一批期初余额导入</source>
        <translation>list every import of opening balances</translation>
    </message>
    <message>
        <source>撤销一批期初余额（主管；只在还没有缴费、减免或预存抵扣记在其上时）</source>
        <translation>undo a batch of opening balances (manager; only while nothing was paid, reduced or used against it)</translation>
    </message>
    <message>
        <source>批次号</source>
        <translation>batch number</translation>
    </message>
    <message>
        <source>撤销原因</source>
        <translation>why it is undone</translation>
    </message>
    <message>
        <source>已导入第 {number} 批：{households} 户，合计 {total}。期初余额导入确认单已存入文书档案（第 {document} 号），请打印后交财务签字。</source>
        <translation>Imported batch {number}: {households} households, total {total}. The confirmation sheet is in the archive (no. {document}); print it for the finance office to sign.</translation>
    </message>
    <message>
        <source>还没有导入过期初余额。</source>
        <translation>No opening balances imported yet.</translation>
    </message>
    <message>
        <source>期初预存</source>
        <translation>Opening credit</translation>
    </message>
    <message>
        <source>期初欠费</source>
        <translation>Opening arrears</translation>
    </message>
    <message>
        <source>第 {number} 批  {kind}  {households} 户  {total}  {file}  {when}  {who}</source>
        <translation>Batch {number}  {kind}  {households} households  {total}  {file}  {when}  {who}</translation>
    </message>
    <message>
        <source>  （已于 {when} 撤销）</source>
        <translation>  (undone {when})</translation>
    </message>
    <message>
        <source>第 {number} 批期初余额已撤销。</source>
        <translation>Batch {number} of opening balances undone.</translation>
    </message>
    <message>
        <source>登记簿：添加一户</source>
        <translation>The register: add a household</translation>
    </message>
    <message>
        <source>添加一户（楼栋、单元按需建立）</source>
        <translation>add a household (its building and stairwell made as needed)</translation>
    </message>
    <message>
        <source>建筑面积（㎡）</source>
        <translation>Floor area (m²)</translation>
    </message>
    <message>
        <source>业主姓名</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>业主电话</source>
        <translation>Owner&apos;s phone</translation>
    </message>
    <message>
        <source>房屋类型：住宅、商铺、车库或储藏室（默认住宅）</source>
        <translation>type: 住宅, 商铺, 车库 or 储藏室 (default 住宅)</translation>
    </message>
    <message>
        <source>导出为 Excel 表格</source>
        <translation>export to an Excel workbook</translation>
    </message>
    <message>
        <source>要导出的内容：residents（业主名册）、bills（账单）、payments（收款记录）、arrears（欠费明细）、complaints（投诉报修）、events（社区活动）、surveys（满意度调查答卷）、contacts（联系单位）、incidents（事件）、renovations（装修登记）</source>
        <translation>What to export: residents (owners&apos; register), bills, payments, arrears, complaints, events, surveys (survey answers), contacts (outside organisations), incidents, renovations</translation>
    </message>
    <message>
        <source>要生成的 Excel 文件</source>
        <translation>the Excel file to write</translation>
    </message>
    <message>
        <source>已添加 {room}（{kind}，建筑面积 {area} ㎡，业主 {owner}）。</source>
        <translation>Added {room} ({kind}, floor area {area} m², owner {owner}).</translation>
    </message>
    <message>
        <source>未登记</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>生成文书 PDF（并存入文书档案）</source>
        <translation>generate a document as PDF (and keep it in the document archive)</translation>
    </message>
    <message>
        <source>通知：办公室抬头、标题、正文与落款</source>
        <translation>a notice: office letterhead, title, body and signature</translation>
    </message>
    <message>
        <source>要生成的 PDF 文件</source>
        <translation>the PDF file to write</translation>
    </message>
    <message>
        <source>“{value}”不是整数</source>
        <translation>&quot;{value}&quot; is not a whole number</translation>
    </message>
    <message>
        <source>{value} 不在 {low} 到 {high} 之间</source>
        <translation>{value} is not between {low} and {high}</translation>
    </message>
    <message>
        <source>显示版本号后退出</source>
        <translation>show the version and exit</translation>
    </message>
    <message>
        <source>数据库文件，或网络版的服务器 postgresql://用户@主机:端口/数据库（默认：环境变量 PMDESK_DB，或用户数据目录中的 office.db）</source>
        <translation>database file, or the networked edition&apos;s server postgresql://user@host:port/database (default: the PMDESK_DB environment variable, or office.db in the user data folder)</translation>
    </message>
    <message>
        <source>以此账号操作（密码取自环境变量 PMDESK_PASSWORD，或在终端输入）；作废、减免、调价、恢复等主管操作需要主管账号</source>
        <translation>act as this account (password from PMDESK_PASSWORD, or typed); voids, reductions, rate changes and restores need a manager</translation>
    </message>
    <message>
        <source>一年的投诉报修件数（默认：有账单时为户数的一半）</source>
        <translation>complaints and repairs over a year (default: half the households when there are bills)</translation>
    </message>
    <message>
        <source>登录账号</source>
        <translation>sign-in accounts</translation>
    </message>
    <message>
        <source>新增账号（新密码取自环境变量 PMDESK_NEW_PASSWORD，或在终端输入两次）</source>
        <translation>add an account (password from PMDESK_NEW_PASSWORD, or typed twice)</translation>
    </message>
    <message>
        <source>clerk：前台；manager：主管</source>
        <translation>clerk or manager</translation>
    </message>
    <message>
        <source>列出账号</source>
        <translation>list the accounts</translation>
    </message>
    <message>
        <source>账单从哪个月（YYYY-MM）或收款从哪天（YYYY-MM-DD）起</source>
        <translation>bills from this month (YYYY-MM) or payments from this day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>账单到哪个月（YYYY-MM）或收款到哪天（YYYY-MM-DD）止</source>
        <translation>bills up to this month (YYYY-MM) or payments up to this day (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>欠费明细的统计日期（默认今天）</source>
        <translation>date of the arrears list (default today)</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>fee items</translation>
    </message>
    <message>
        <source>新增收费项目</source>
        <translation>add a fee item</translation>
    </message>
    <message>
        <source>项目名称，如 物业服务费</source>
        <translation>item name, e.g. 物业服务费</translation>
    </message>
    <message>
        <source>按建筑面积：每平方米每月多少元</source>
        <translation>per floor area: yuan per m² per month</translation>
    </message>
    <message>
        <source>按户：每户每月多少元</source>
        <translation>per unit: yuan per unit per month</translation>
    </message>
    <message>
        <source>按车位：每个车位每月多少元</source>
        <translation>per parking space: yuan per space per month</translation>
    </message>
    <message>
        <source>适用的房屋类型（住宅,商铺,车库,储藏室；默认全部）</source>
        <translation>unit types it applies to (住宅,商铺,车库,储藏室 or residential,shop,garage,storage; default all)</translation>
    </message>
    <message>
        <source>从哪个月起收（默认不限）</source>
        <translation>first month billed (default: no limit)</translation>
    </message>
    <message>
        <source>收费依据，如物业服务合同条款或价格文件</source>
        <translation>basis, e.g. the contract clause or price document</translation>
    </message>
    <message>
        <source>价格管理形式：government 政府指导价，market 市场调节价</source>
        <translation>price form: government (government-guided) or market</translation>
    </message>
    <message>
        <source>列出收费项目</source>
        <translation>list the fee items</translation>
    </message>
    <message>
        <source>按月出账（同一个月重复运行不会重复出账）</source>
        <translation>bill a month (running it twice bills nothing twice)</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>month</translation>
    </message>
    <message>
        <source>只预览将要出的账单，不写入数据库</source>
        <translation>only show what would be billed; change nothing</translation>
    </message>
    <message>
        <source>收款并开收据（默认先还最早的欠费）</source>
        <translation>record a payment and issue its receipt (oldest bills first)</translation>
    </message>
    <message>
        <source>房号，如 3-2-501</source>
        <translation>room, e.g. 3-2-501</translation>
    </message>
    <message>
        <source>金额（元）</source>
        <translation>amount (yuan)</translation>
    </message>
    <message>
        <source>付款方式（默认 cash 现金）</source>
        <translation>payment method (default cash)</translation>
    </message>
    <message>
        <source>交款人（默认业主）</source>
        <translation>payer (default: the owner)</translation>
    </message>
    <message>
        <source>收款日期（默认今天）</source>
        <translation>date paid (default today)</translation>
    </message>
    <message>
        <source>把收据存为 PDF</source>
        <translation>save the receipt as a PDF</translation>
    </message>
    <message>
        <source>报表：欠费、收缴率、满意度</source>
        <translation>Reports: arrears, collection rate, satisfaction</translation>
    </message>
    <message>
        <source>以 JSON 输出</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>作废收据（须写明原因）</source>
        <translation>void a receipt (a reason is required)</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <source>作废原因</source>
        <translation>reason for voiding</translation>
    </message>
    <message>
        <source>欠费户：房号、业主、欠费、月数、最早月份</source>
        <translation>households owing: room, owner, amount, months, oldest month</translation>
    </message>
    <message>
        <source>统计日期（默认今天）</source>
        <translation>as of this date (default today)</translation>
    </message>
    <message>
        <source>某月账单的应收、实收与收缴率</source>
        <translation>billed, collected and collection rate of a month&apos;s bills</translation>
    </message>
    <message>
        <source>补打收据</source>
        <translation>print a receipt again</translation>
    </message>
    <message>
        <source>纸张：a4 或 receipt（241×140 mm）；默认按收费设置</source>
        <translation>paper: a4 or receipt (241×140 mm); default from the fee settings</translation>
    </message>
    <message>
        <source>缴费通知单：一个月的账单，每户一份（只给尚有欠缴的住户），按房号排序</source>
        <translation>payment notices: a month&apos;s bills, one per household with something left to pay, in room order</translation>
    </message>
    <message>
        <source>账单月份</source>
        <translation>billing month</translation>
    </message>
    <message>
        <source>只打印这一栋</source>
        <translation>only this building</translation>
    </message>
    <message>
        <source>催缴通知书：每户一份，全部在一个 PDF 里，按房号排序</source>
        <translation>demand letters: one per household, all in one PDF, in room order</translation>
    </message>
    <message>
        <source>只给欠费至少 N 个月的住户（默认 1）</source>
        <translation>only households owing at least N months (default 1)</translation>
    </message>
    <message>
        <source>再次通知（写明将通过法律途径主张权利）</source>
        <translation>second demand (states the office will go to law)</translation>
    </message>
    <message>
        <source>也给困难户（默认不给）</source>
        <translation>include hardship households (left out by default)</translation>
    </message>
    <message>
        <source>同时生成送达签收单</source>
        <translation>also write the delivery sheet</translation>
    </message>
    <message>
        <source>物业费收缴情况公示：按楼栋汇总，不含姓名和房号</source>
        <translation>arrears notice: totals by building, no names or rooms</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>title</translation>
    </message>
    <message>
        <source>正文：UTF-8 文本文件，段落之间空一行</source>
        <translation>body: a UTF-8 text file, a blank line between paragraphs</translation>
    </message>
    <message>
        <source>大字版（给老年住户）</source>
        <translation>large print (for elderly households)</translation>
    </message>
    <message>
        <source>事件通知（停水、停电、电梯故障等）：每个受影响的单元门口一份，另给其中的老人户各一份大字版</source>
        <translation>Incident notice (water or power cut, lift out of order…): one for each affected stairwell entrance, and a large-print one for each elderly household there</translation>
    </message>
    <message>
        <source>事件编号，如 SJ2026-003</source>
        <translation>Incident number, e.g. SJ2026-003</translation>
    </message>
    <message>
        <source>只生成大字版（给受影响的老人户；没有老人户时每个单元一份）</source>
        <translation>Large print only (for the elderly households affected; one per stairwell when there are none)</translation>
    </message>
    <message>
        <source>{name} 的密码：</source>
        <translation>Password of {name}: </translation>
    </message>
    <message>
        <source>已保存办公室信息：{estate}（{office}）</source>
        <translation>Office profile saved: {estate} ({office})</translation>
    </message>
    <message>
        <source>已载入演示数据：{buildings} 栋楼，{households} 户，{persons} 人。</source>
        <translation>Demo data loaded: {buildings} buildings, {households} households, {persons} people.</translation>
    </message>
    <message>
        <source>账单 {bills} 笔，收款 {payments} 笔，{cases} 户欠费已建催缴记录。</source>
        <translation>{bills} bills, {payments} payments; {cases} households in arrears have a collection case.</translation>
    </message>
    <message>
        <source>投诉报修 {complaints} 件。</source>
        <translation>{complaints} complaints and repairs.</translation>
    </message>
    <message>
        <source>社区活动 {events} 场。</source>
        <translation>{events} events.</translation>
    </message>
    <message>
        <source>已备份到 {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <source>已从 {backup} 恢复数据库；原来的数据库已另存为 {aside}</source>
        <translation>Database restored from {backup}; the previous database was kept as {aside}</translation>
    </message>
    <message>
        <source>数据库 {path} 检查发现 {count} 个问题：{problems}</source>
        <translation>The check of {path} found {count} problems: {problems}</translation>
    </message>
    <message>
        <source>数据库完好：{path}</source>
        <translation>Database is healthy: {path}</translation>
    </message>
    <message>
        <source>（已停用）</source>
        <translation> (disabled)</translation>
    </message>
    <message>
        <source>新密码：</source>
        <translation>New password: </translation>
    </message>
    <message>
        <source>再输入一次：</source>
        <translation>Again: </translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>已新增账号 {name}（{role}）</source>
        <translation>Account {name} added ({role})</translation>
    </message>
    <message>
        <source>已生成 {path}（{pages} 页，文书档案第 {number} 号）</source>
        <translation>Wrote {path} ({pages} pages, document archive no. {number})</translation>
    </message>
    <message>
        <source>已导出 {rows} 行到 {path}</source>
        <translation>Exported {rows} rows to {path}</translation>
    </message>
    <message>
        <source>--rejects 需要与 --skip-bad 一起使用</source>
        <translation>--rejects goes with --skip-bad</translation>
    </message>
    <message>
        <source>交房日期（次月起计费，与导入的住户相同）</source>
        <translation>handover date (billed from the next month, as an imported household)</translation>
    </message>
    <message>
        <source>读取 {read} 行，可导入 {ok} 行，有问题 {bad} 行。</source>
        <translation>Read {read} rows: {ok} can be imported, {bad} have problems.</translation>
    </message>
    <message>
        <source>第 {row} 行：{reason}</source>
        <translation>Row {row}: {reason}</translation>
    </message>
    <message>
        <source>（隐藏的工作表未读取：{sheets}）</source>
        <translation>(hidden sheets not read: {sheets})</translation>
    </message>
    <message>
        <source>注意：此文件已于 {when} 导入过。</source>
        <translation>Note: this file was already imported on {when}.</translation>
    </message>
    <message>
        <source>未导入的行已存到 {path}</source>
        <translation>The rows not imported were saved to {path}</translation>
    </message>
    <message>
        <source>已导入 {count} 户；{unchanged} 户已在册，未改动。</source>
        <translation>Imported {count} households; {unchanged} were already in the register and were left as they were.</translation>
    </message>
    <message>
        <source>已新增收费项目 {name}（编号 {number}）</source>
        <translation>Fee item {name} added (no. {number})</translation>
    </message>
    <message>
        <source>{item}：{count} 笔，{amount}</source>
        <translation>{item}: {count} bills, {amount}</translation>
    </message>
    <message>
        <source>{period} 将出账 {bills} 笔，{units} 户，合计 {total}（已有 {already} 笔，不会重复）。</source>
        <translation>{period} would bill {bills} bills for {units} households, total {total} ({already} exist already and are not billed again).</translation>
    </message>
    <message>
        <source>{period} 已出账 {bills} 笔，{units} 户，合计 {total}；用预存抵扣 {credit}。</source>
        <translation>{period} billed: {bills} bills for {units} households, total {total}; {credit} paid from credit.</translation>
    </message>
    <message>
        <source>收据 {number}：{room} 收款 {amount}，预存余额 {credit}</source>
        <translation>Receipt {number}: {room} paid {amount}, credit {credit}</translation>
    </message>
    <message>
        <source>已生成收据 {number}：{path}</source>
        <translation>Receipt {number} written to {path}</translation>
    </message>
    <message>
        <source>{period} 没有需要缴费的住户（未出账，或都已缴清），没有生成通知单。</source>
        <translation>No household has anything to pay for {period} (not billed, or all paid); no notices made.</translation>
    </message>
    <message>
        <source>已生成 {path}（{pages} 页）</source>
        <translation>Wrote {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>没有欠费满 {months} 个月的住户，没有生成通知书。</source>
        <translation>No household owes {months} months or more; no letters written.</translation>
    </message>
    <message>
        <source>已生成 {count} 户的催缴通知书：{path}（{pages} 页）</source>
        <translation>Demand letters for {count} households: {path} ({pages} pages)</translation>
    </message>
    <message>
        <source>收据 {number} 已作废。</source>
        <translation>Receipt {number} is void.</translation>
    </message>
    <message>
        <source>{period}：应收 {billed}，实收 {collected}，收缴率 {rate}%</source>
        <translation>{period}: billed {billed}, collected {collected}, collection rate {rate}%</translation>
    </message>
    <message>
        <source>截至 {date}：{count} 户欠费，合计 {total}</source>
        <translation>As of {date}: {count} households owe {total}</translation>
    </message>
    <message>
        <source>已中断。</source>
        <translation>Interrupted.</translation>
    </message>
    <message>
        <source>内部错误：{error}（详情见日志 {log}）</source>
        <translation>Internal error: {error} (details in the log {log})</translation>
    </message>
    <message>
        <source>今日待办：超时和今天到期的投诉报修、待回访、本周催缴与分期、本周活动、未打印的收据、入住和迁出</source>
        <translation>today&apos;s work: complaints overdue and due today, follow-ups due, collection steps and instalments this week, this week&apos;s events, unprinted receipts, moves in and out</translation>
    </message>
    <message>
        <source>输出 JSON</source>
        <translation>print JSON</translation>
    </message>
    <message>
        <source>{date} 今日待办：</source>
        <translation>{date} today&apos;s work:</translation>
    </message>
    <message>
        <source>满意度调查结果：回收率、各项与总体满意率（满意 + 基本满意，或 4–5 分）</source>
        <translation>Satisfaction survey results: response rate, satisfied share per item and overall (satisfied + fairly satisfied, or 4–5)</translation>
    </message>
    <message>
        <source>调查编号</source>
        <translation>Survey number</translation>
    </message>
    <message>
        <source>该年发放的（最近一次）调查</source>
        <translation>The (latest) survey handed out that year</translation>
    </message>
    <message>
        <source>{title}（{first} 至 {last}）</source>
        <translation>{title} ({first} to {last})</translation>
    </message>
    <message>
        <source>发放 {asked} 份，交回 {responses} 份，回收率 {rate}</source>
        <translation>{asked} handed out, {responses} returned, response rate {rate}</translation>
    </message>
    <message>
        <source>总体满意率 {rate}（达标线 {standard}）</source>
        <translation>Overall satisfied {rate} (standard {standard})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>操作未能完成。</source>
        <translation>The action could not be completed.</translation>
    </message>
    <message>
        <source>请填写{field}。</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <source>{field}最多 {max_len} 个字。</source>
        <translation>{field} may have at most {max_len} characters.</translation>
    </message>
    <message>
        <source>{field}必须在 {min} 到 {max} 之间。</source>
        <translation>{field} must be between {min} and {max}.</translation>
    </message>
    <message>
        <source>{field}“{value}”不是有效的电话号码：请填写 11 位手机号，或带区号的座机号（如 0571-88888888）。</source>
        <translation>{field} “{value}” is not a valid phone number: enter an 11-digit mobile number, or a landline with its area code (such as 0571-88888888).</translation>
    </message>
    <message>
        <source>{field}必须是 PNG 文件。</source>
        <translation>{field} must be a PNG file.</translation>
    </message>
    <message>
        <source>{field}太大，最大 {max_kb} KB。</source>
        <translation>{field} is too large; at most {max_kb} KB.</translation>
    </message>
    <message>
        <source>数据库里已有住户，演示数据只能载入空数据库。</source>
        <translation>The database already has households; demo data can only be loaded into an empty database.</translation>
    </message>
    <message>
        <source>数据库文件 {path} 不存在。</source>
        <translation>The database file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} 不是数据库文件：它已损坏，或根本不是数据库。</source>
        <translation>{path} is not a database file: it is damaged, or not a database at all.</translation>
    </message>
    <message>
        <source>{path} 不是物业前台的数据文件。</source>
        <translation>{path} is not a Property Desk data file.</translation>
    </message>
    <message>
        <source>{path} 是空文件（0 字节），里面没有物业前台的数据，不能打开、备份或用来恢复。如果这是办公室的数据库，请从备份恢复。</source>
        <translation>{path} is an empty file (0 bytes) with no pmdesk data: it cannot be opened, backed up or restored from. If this is the office&apos;s database, restore it from a backup.</translation>
    </message>
    <message>
        <source>{path} 不是数据库文件（是文件夹或设备），无法打开。</source>
        <translation>{path} is not a database file (it is a folder or a device) and cannot be opened.</translation>
    </message>
    <message>
        <source>{path} 不是完整的物业前台数据库（缺少数据表：{tables}），不能用来恢复。</source>
        <translation>{path} is not a complete pmdesk database (tables missing: {tables}); it cannot be restored.</translation>
    </message>
    <message>
        <source>{path} 缺少保护收据和操作记录的部分（{triggers}），可能被其他工具改过，不能用来恢复。</source>
        <translation>{path} lacks the safeguards of its receipts and audit trail ({triggers}); another tool may have changed it, so it cannot be restored.</translation>
    </message>
    <message>
        <source>备份 {path} 里没有任何账号（是启用登录之前的备份）。用它恢复后，谁都不用登录就能作废收据、改收费，所以不能用它覆盖已启用登录的数据库。请选一个更新的备份。</source>
        <translation>The backup {path} has no accounts (it was taken before sign-in was set up). After restoring it anyone could void receipts or change fees without signing in, so it cannot replace a database that has accounts. Please choose a newer backup.</translation>
    </message>
    <message>
        <source>数据库 {path} 已被另一个程序替换（例如从备份恢复），本次操作没有保存。请关闭本程序后重新打开。</source>
        <translation>The database {path} was replaced by another program (a restore, for example); this change was not saved. Please close pmdesk and open it again.</translation>
    </message>
    <message>
        <source>数据库 {path} 已损坏（{detail}），请从备份恢复。</source>
        <translation>The database {path} is damaged ({detail}); please restore it from a backup.</translation>
    </message>
    <message>
        <source>数据库 {path} 已被更新版本的物业前台使用过（数据版本 {version}；本程序是 {program} 版，只认识到数据版本 {known}），不能用本程序打开。请在这台电脑上安装物业前台的最新版本（运行新版安装程序即可，数据不会丢失），然后再打开。在那之前，请不要用旧的备份覆盖它，否则会丢失新版本录入的数据。</source>
        <translation>The database {path} has been used by a newer version of pmdesk (data version {version}; this is pmdesk {program}, which knows data versions up to {known}), so this program cannot open it. Install the latest pmdesk on this PC (running the new installer is enough; no data is lost), then open it again. Until then do not replace it with an older backup: that would lose what was entered with the newer version.</translation>
    </message>
    <message>
        <source>数据库 {path} 已在 {host} 上的物业前台中打开（进程 {pid}）。同一个数据库同时只能由一个物业前台窗口使用，请切换到已经打开的那个窗口。</source>
        <translation>The database {path} is already open in Property Desk on {host} (process {pid}). A database can be used by one Property Desk window at a time; please switch to the window that has it open.</translation>
    </message>
    <message>
        <source>数据库正忙，请稍后重试。</source>
        <translation>The database is busy; please try again in a moment.</translation>
    </message>
    <message>
        <source>数据库 {path} 在网络共享文件夹上。网络盘的文件锁不可靠，多人同时使用会损坏数据，请把数据库放在本机硬盘上（备份可以存到网络盘）。</source>
        <translation>The database {path} is on a network share. File locking over a network is unreliable and can corrupt the data: keep the database on this PC&apos;s own disk (backups may go to the share).</translation>
    </message>
    <message>
        <source>数据库 {path} 在U盘或移动硬盘上。拔出或断电时容易损坏数据，请把数据库放在本机硬盘上（备份可以存到U盘）。</source>
        <translation>The database {path} is on a USB stick or removable disk, which corrupts data when pulled out or when power fails: keep the database on this PC&apos;s own disk (backups may go to the stick).</translation>
    </message>
    <message>
        <source>磁盘已满或写入失败，本次操作未保存。</source>
        <translation>The disk is full or could not be written: nothing was saved.</translation>
    </message>
    <message>
        <source>写入磁盘失败，本次操作未保存（{detail}）。</source>
        <translation>Writing to the disk failed; this action was not saved ({detail}).</translation>
    </message>
    <message>
        <source>数据库 {path} 是只读的，无法保存修改。</source>
        <translation>The database {path} is read-only; changes cannot be saved.</translation>
    </message>
    <message>
        <source>无法打开数据库 {path}（{detail}）。</source>
        <translation>Cannot open the database {path} ({detail}).</translation>
    </message>
    <message>
        <source>数据库升级失败，数据保持原样（{detail}）。</source>
        <translation>The database upgrade failed; the data was left as it was ({detail}).</translation>
    </message>
    <message>
        <source>数据库出错：{detail}</source>
        <translation>Database error: {detail}</translation>
    </message>
    <message>
        <source>连接不上数据库服务器 {server}：服务器没有开机、网络断开，或地址、端口不对。刚才输入的内容没有保存，请联系负责电脑的同事（{detail}）。</source>
        <translation>Cannot reach the database server {server}: it is switched off, the network is down, or the address or port is wrong. What was just entered was not saved; please call the colleague who looks after the computers ({detail}).</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 拒绝登录：用户名或密码不对。</source>
        <translation>The database server {server} refused the login: wrong user name or password.</translation>
    </message>
    <message>
        <source>数据库服务器上没有数据库 {server}，请核对数据库名称。</source>
        <translation>The database server has no database {server}; please check the database name.</translation>
    </message>
    <message>
        <source>数据库服务器 {server} 不允许此账号做这件事（{detail}）。</source>
        <translation>The database server {server} does not allow this account to do that ({detail}).</translation>
    </message>
    <message>
        <source>{path} 是旧版本的数据（数据版本 {version}）：请先用本程序打开它一次（会自动升级并先备份），再迁移到服务器。</source>
        <translation>{path} holds data of an older version (data version {version}): open it once with this program first (it is backed up and upgraded), then move it to the server.</translation>
    </message>
    <message>
        <source>服务器上的数据库 {server} 里已经有数据，迁移只能进入空数据库，什么也没有写入。</source>
        <translation>The database {server} on the server already holds data; a move only goes into an empty database. Nothing was written.</translation>
    </message>
    <message>
        <source>要迁移的是单机版的数据库文件（--db 文件），{path} 不是文件。</source>
        <translation>What is moved is the single-PC database file (--db FILE); {path} is not a file.</translation>
    </message>
    <message>
        <source>{server} 不是服务器地址：应写成 postgresql://用户@主机:端口/数据库。</source>
        <translation>{server} is not a server address: write postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>迁移到 {server} 的核对没有通过，什么也没有写入（{detail}）。</source>
        <translation>The move to {server} did not check out; nothing was written ({detail}).</translation>
    </message>
    <message>
        <source>这台电脑上找不到 PostgreSQL 的 {tool}：请装上 PostgreSQL 的客户端工具（与服务器同一版本）。</source>
        <translation>PostgreSQL&apos;s {tool} is not on this computer: install PostgreSQL&apos;s client tools (the server&apos;s version).</translation>
    </message>
    <message>
        <source>{tool} 没有完成（服务器 {server}：{detail}），什么也没有改变。</source>
        <translation>{tool} did not finish (server {server}: {detail}); nothing was changed.</translation>
    </message>
    <message>
        <source>服务器上的数据库 {server} 不是空的：备份只恢复到新建的空数据库，再让各台电脑连接它。</source>
        <translation>The database {server} on the server is not empty: a backup is only restored into a new, empty database, which the desks then connect to.</translation>
    </message>
    <message>
        <source>“{server}”不是有效的服务器地址：应写成 postgresql://用户@主机:端口/数据库（端口是数字，数据库名不能省略）。</source>
        <translation>“{server}” is not a valid server address: write postgresql://user@host:port/database (the port a number, the database name given).</translation>
    </message>
    <message>
        <source>服务器上的数据库 {server} 还是空的：请先在一台电脑上建立办公室（pmdesk --db … init，或把单机版迁移过去：pmdesk migrate-to-postgres）。</source>
        <translation>The database {server} on the server is still empty: set up the office from one computer first (pmdesk --db … init, or move the single-PC edition over: pmdesk migrate-to-postgres).</translation>
    </message>
    <message>
        <source>备份校验失败（{detail}），没有保存这份备份。</source>
        <translation>The backup failed verification ({detail}) and was not kept.</translation>
    </message>
    <message>
        <source>无法写入 {path}（{detail}）。</source>
        <translation>Cannot write {path} ({detail}).</translation>
    </message>
    <message>
        <source>此操作（{permission}）需要主管权限，请主管登录或由主管输入密码授权。</source>
        <translation>This action ({permission}) needs a manager: sign in as one, or have a manager approve it with their password.</translation>
    </message>
    <message>
        <source>账号或密码不正确。</source>
        <translation>Wrong name or password.</translation>
    </message>
    <message>
        <source>账号 {name} 因连续输错密码已锁定，请在 {until} 之后再试，或请主管重设密码。</source>
        <translation>Account {name} is locked after repeated wrong passwords: try again after {until}, or ask a manager to reset the password.</translation>
    </message>
    <message>
        <source>账号 {name} 已停用。</source>
        <translation>Account {name} is disabled.</translation>
    </message>
    <message>
        <source>密码至少 {min} 位。</source>
        <translation>A password needs at least {min} characters.</translation>
    </message>
    <message>
        <source>两次输入的密码不一致。</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>已有名为 {name} 的账号。</source>
        <translation>There is already an account named {name}.</translation>
    </message>
    <message>
        <source>第一个账号必须是主管账号。</source>
        <translation>The first account must be a manager&apos;s.</translation>
    </message>
    <message>
        <source>至少要保留一个在用的主管账号。</source>
        <translation>At least one active manager account must remain.</translation>
    </message>
    <message>
        <source>找不到这个账号（编号 {number}）。</source>
        <translation>Account no. {number} does not exist.</translation>
    </message>
    <message>
        <source>备份文件不能是数据库本身：{path}</source>
        <translation>The backup file cannot be the database itself: {path}</translation>
    </message>
    <message>
        <source>{path} 已经存在，而且不是物业前台的备份，不会覆盖它。请换一个文件名。</source>
        <translation>{path} already exists and is not a pmdesk backup; it will not be overwritten. Please choose another file name.</translation>
    </message>
    <message>
        <source>无法保存文件 {path}（{detail}），原有文件未受影响。</source>
        <translation>Cannot save the file {path} ({detail}); any existing file was left as it was.</translation>
    </message>
    <message>
        <source>已取消。</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>需要输入密码，但没有可以输入的终端：请用环境变量 PMDESK_PASSWORD（登录）或 PMDESK_NEW_PASSWORD（新账号）提供密码。</source>
        <translation>A password is needed but there is no terminal to type it in: give it in the environment variable PMDESK_PASSWORD (to sign in) or PMDESK_NEW_PASSWORD (for a new account).</translation>
    </message>
    <message>
        <source>不能保存为 {path}：这是数据库、它的配套文件或备份，覆盖会丢失数据。请换一个文件名或位置。</source>
        <translation>Cannot save as {path}: it is the database, one of its companion files or a backup, and replacing it would lose data. Please choose another name or folder.</translation>
    </message>
    <message>
        <source>{path} 不是普通文件（是文件夹或设备），不能保存到这里。</source>
        <translation>{path} is not an ordinary file (it is a folder or a device); nothing can be saved there.</translation>
    </message>
    <message>
        <source>无法读取文件 {path}（{detail}）。</source>
        <translation>Cannot read the file {path} ({detail}).</translation>
    </message>
    <message>
        <source>{path} 不是普通文件（是文件夹、设备或管道），不能读取。</source>
        <translation>{path} is not a regular file (it is a folder, a device or a pipe) and cannot be read.</translation>
    </message>
    <message>
        <source>文件 {path} 太大，最大 {max_mb} MB。</source>
        <translation>The file {path} is too large; the maximum is {max_mb} MB.</translation>
    </message>
    <message>
        <source>文件 {path} 不是 UTF-8 编码的文本，请另存为 UTF-8 后重试。</source>
        <translation>The file {path} is not UTF-8 text; save it as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>{field}“{value}”无法识别。</source>
        <translation>{field} “{value}” is not recognised.</translation>
    </message>
    <message>
        <source>生成的文件不是有效的 PDF，未归档。</source>
        <translation>The generated file is not a valid PDF and was not archived.</translation>
    </message>
    <message>
        <source>文书档案中没有编号为 {number} 的文书。</source>
        <translation>The document archive has no document no. {number}.</translation>
    </message>
    <message>
        <source>缺少打印用的字体文件 {path}，无法生成文书。请重新安装物业前台。</source>
        <translation>The printing font {path} is missing, so no document can be generated. Please reinstall Property Desk.</translation>
    </message>
    <message>
        <source>{field}“{value}”不是有效的房号，应写成 3-2-501、3栋2单元501室 或 12-101。</source>
        <translation>{field} “{value}” is not a valid room number; write it as 3-2-501, 3栋2单元501室 or 12-101.</translation>
    </message>
    <message>
        <source>找不到这户（编号 {number}）。</source>
        <translation>Household {number} was not found.</translation>
    </message>
    <message>
        <source>{room} 已经在登记簿里了，要改它的信息请打开这户的住户卡。</source>
        <translation>{room} is already in the register; open its household card to change it.</translation>
    </message>
    <message>
        <source>找不到这条入住记录（编号 {number}）。</source>
        <translation>Occupancy record {number} was not found.</translation>
    </message>
    <message>
        <source>此人已于 {date} 迁出。</source>
        <translation>This person already moved out on {date}.</translation>
    </message>
    <message>
        <source>{field}“{value}”不是日期，应写成 2026-12-05、2026.12.5、12-5 或 12月5日。</source>
        <translation>{field} “{value}” is not a date: write 2026-12-05, 2026.12.5, 12-5 or 12月5日.</translation>
    </message>
    <message>
        <source>请填写日期。</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <source>{field}“{value}”不是有效的日期：没有 {month} 月。</source>
        <translation>{field} “{value}” is not a valid date: there is no month {month}.</translation>
    </message>
    <message>
        <source>{field}“{value}”不是有效的日期：{year} 年 {month} 月只有 {days} 天。</source>
        <translation>{field} “{value}” is not a valid date: month {month} of {year} has only {days} days.</translation>
    </message>
    <message>
        <source>{field}“{value}”缺少时间，请写上几点，如 {value} 14:30。</source>
        <translation>{field} “{value}” has no time: add the hour, e.g. {value} 14:30.</translation>
    </message>
    <message>
        <source>{field}“{value}”里的时间不对，应写成 14:30 或 下午2点。</source>
        <translation>{field} “{value}” has a time that cannot be read: write 14:30.</translation>
    </message>
    <message>
        <source>{field}“{value}”超出范围：日期应在 {first} 年到 {last} 年之间。</source>
        <translation>{field} &quot;{value}&quot; is out of range: dates must fall between the years {first} and {last}.</translation>
    </message>
    <message>
        <source>{field}不能早于入住日期 {start}。</source>
        <translation>{field} cannot be before the move-in date {start}.</translation>
    </message>
    <message>
        <source>{field}格式不对：应为 18 位（最后一位可为 X）或 15 位数字。</source>
        <translation>{field} has the wrong form: 18 digits (the last may be X) or 15 digits.</translation>
    </message>
    <message>
        <source>证件号最后一位（校验位）对不上，可能有数字输错了，请核对证件后重新填写。</source>
        <translation>The last character of the ID number (its check digit) does not match: a digit is probably mistyped. Check the ID card and type it again.</translation>
    </message>
    <message>
        <source>文件 {path} 太大（超过 {max_mb} MB），不像是住户名册。</source>
        <translation>The file {path} is too large (over {max_mb} MB) to be a resident roster.</translation>
    </message>
    <message>
        <source>{path} 不是 Excel 2007 及以后的 .xlsx 文件（.xls、加密文件或改了扩展名的 CSV 都不行），请在 Excel 或 WPS 中另存为 .xlsx 后重试。</source>
        <translation>{path} is not an .xlsx file of Excel 2007 or later (an .xls, an encrypted file or a renamed CSV will not do); save it as .xlsx in Excel or WPS and try again.</translation>
    </message>
    <message>
        <source>文件 {path} 已损坏或包含不安全的内容，未读取。</source>
        <translation>The file {path} is damaged or holds unsafe content; it was not read.</translation>
    </message>
    <message>
        <source>在 {path} 的前 10 行里没有找到表头：需要“房号”一列，以及“业主”或“面积”。</source>
        <translation>No header row was found in the first 10 rows of {path}: a room column is needed, and an owner or area column.</translation>
    </message>
    <message>
        <source>名册超过 {max_rows} 行，请分成几个文件导入。</source>
        <translation>The roster has more than {max_rows} rows; split it into several files.</translation>
    </message>
    <message>
        <source>有 {count} 行不能导入，所以没有导入任何一行。请修改后重试，或只导入正确的行。</source>
        <translation>{count} rows cannot be imported, so nothing was imported. Correct them and try again, or import only the good rows.</translation>
    </message>
    <message>
        <source>请指定哪一列是房号。</source>
        <translation>Choose the column that holds the room number.</translation>
    </message>
    <message>
        <source>找不到这个人（编号 {number}）。</source>
        <translation>Person {number} was not found.</translation>
    </message>
    <message>
        <source>找不到这辆车的记录（编号 {number}）。</source>
        <translation>Vehicle record {number} was not found.</translation>
    </message>
    <message>
        <source>车牌“{value}”不对：应为省份简称、城市字母和 5 到 6 位字母数字，如 浙A12345。</source>
        <translation>The plate “{value}” is wrong: a province character, a city letter and 5 to 6 letters or digits, such as 浙A12345.</translation>
    </message>
    <message>
        <source>缺少房号。</source>
        <translation>The room number is missing.</translation>
    </message>
    <message>
        <source>房号 {room} 在文件中出现了 {count} 次（第 {rows} 行），无法确定哪一行正确。</source>
        <translation>Room {room} appears {count} times in the file (rows {rows}); there is no telling which is right.</translation>
    </message>
    <message>
        <source>房号 {room} 已登记业主“{owner}”。</source>
        <translation>Room {room} already has the owner “{owner}”.</translation>
    </message>
    <message>
        <source>缺少建筑面积。</source>
        <translation>The floor area is missing.</translation>
    </message>
    <message>
        <source>建筑面积“{value}”不是数字。</source>
        <translation>The floor area “{value}” is not a number.</translation>
    </message>
    <message>
        <source>建筑面积“{value}”必须大于 0。</source>
        <translation>The floor area “{value}” must be more than 0.</translation>
    </message>
    <message>
        <source>建筑面积“{value}”最多保留两位小数。</source>
        <translation>The floor area “{value}” may have at most two decimals.</translation>
    </message>
    <message>
        <source>这一行有公式但没有计算结果，请在 Excel 中打开并保存后重新导入。</source>
        <translation>This row has a formula without a computed value; open and save the file in Excel, then import it again.</translation>
    </message>
    <message>
        <source>日期“{value}”无法识别，请写成 2019-05-01。</source>
        <translation>The date “{value}” is not recognised; write it as 2019-05-01.</translation>
    </message>
    <message>
        <source>身份“{value}”无法识别：请写业主、家庭成员、租客或临时人员（也可写代码 1001 到 1004）。</source>
        <translation>Role “{value}” not recognised: write 业主, 家庭成员, 租客 or 临时人员 (or the codes 1001 to 1004).</translation>
    </message>
    <message>
        <source>房屋状态“{value}”无法识别：请写已入住、已交房、未交房、空置、出租或装修中（也可写代码 2001 到 2009）。</source>
        <translation>Unit state “{value}” not recognised: write 已入住, 已交房, 未交房, 空置, 出租 or 装修中 (or the codes 2001 to 2009).</translation>
    </message>
    <message>
        <source>房号 {room} 没有业主那一行（第 {rows} 行都不是业主）：家庭成员和租客要与业主写在同一个房号下。</source>
        <translation>Room {room} has no owner row (rows {rows} are not owners): family and tenants go under the same room as its owner.</translation>
    </message>
    <message>
        <source>房号 {room} 各行的{field}不一致（第 {rows} 行：{values}），无法确定哪一个正确。</source>
        <translation>The rows of room {room} disagree on {field} (rows {rows}: {values}); nobody can tell which is right.</translation>
    </message>
    <message>
        <source>“{name}”在房号 {room} 下出现了 {count} 次（第 {rows} 行），无法确定哪一行正确。</source>
        <translation>“{name}” appears {count} times under room {room} (rows {rows}); nobody can tell which row is right.</translation>
    </message>
    <message>
        <source>房号 {room} 已在册，其中没有“{name}”：已在册的住户请在住户卡片上添加家庭成员和租客。</source>
        <translation>Room {room} is registered without “{name}”: add family and tenants of a registered household on its card.</translation>
    </message>
    <message>
        <source>同一户（房号 {room}）的第 {rows} 行有问题，这一户整户未导入：改好后把这一户的各行一起重新导入。</source>
        <translation>Row {rows} of the same household (room {room}) has a problem, so the whole household was not imported: correct it and import all its rows again.</translation>
    </message>
    <message>
        <source>身份证号“{value}”有误（应为 18 位，最后一位可为 X，或 15 位数字；护照、通行证为字母加数字），未导入证件号（住户照常导入）。</source>
        <translation>ID number “{value}” is wrong (18 characters, the last may be X, or 15 digits; passports and permits are letters and digits); the ID number was left out (the household is imported).</translation>
    </message>
    <message>
        <source>身份证号“{value}”有误（最后一位校验位对不上，可能有数字输错了），未导入证件号（住户照常导入）。</source>
        <translation>ID number “{value}” is wrong (the check digit does not match: a digit may be mistyped); the ID number was left out (the household is imported).</translation>
    </message>
    <message>
        <source>身份证号有误：Excel 把它存成了数字，后几位已经丢失，未导入证件号（住户照常导入）。请把这一列设为文本后重新填写。</source>
        <translation>ID number wrong: Excel stored it as a number and its last digits are lost; the ID number was left out (the household is imported). Format the column as text and type it again.</translation>
    </message>
    <message>
        <source>{field}“{value}”不能是负数（退款请作废原收据）。</source>
        <translation>{field} “{value}” cannot be negative (to refund, void the receipt).</translation>
    </message>
    <message>
        <source>{field}必须大于 0。</source>
        <translation>{field} must be more than 0.</translation>
    </message>
    <message>
        <source>{field}“{value}”最多两位小数（到分）。</source>
        <translation>{field} “{value}” has more than two decimals (fen).</translation>
    </message>
    <message>
        <source>{field}“{value}”不是金额，应写成 2523.90 或 2,523.90。</source>
        <translation>{field} “{value}” is not an amount; write 2523.90 or 2,523.90.</translation>
    </message>
    <message>
        <source>{field}“{value}”超过上限 {max} 元。</source>
        <translation>{field} “{value}” is over the limit of {max} yuan.</translation>
    </message>
    <message>
        <source>在 {path} 的前 10 行里没有找到表头：需要“房号”一列，以及“欠费金额”（或“应缴金额”）一列。</source>
        <translation>No header found in the first 10 rows of {path}: a room column is needed, and an amount owed (or amount due) column.</translation>
    </message>
    <message>
        <source>在 {path} 的前 10 行里没有找到表头：需要“房号”和“预存余额”两列。</source>
        <translation>No header found in the first 10 rows of {path}: a room column and a prepaid balance column are needed.</translation>
    </message>
    <message>
        <source>请指定哪一列是金额（欠费金额、应缴金额或预存余额）。</source>
        <translation>Say which column holds the amount (owed, due or prepaid).</translation>
    </message>
    <message>
        <source>文件里没有“收费项目”一列，而本处有不止一个收费项目：请在文件里加一列收费项目，或在导入向导里指定。</source>
        <translation>The file has no fee item column and this office has more than one fee item: add a fee item column to the file, or choose one in the import wizard.</translation>
    </message>
    <message>
        <source>房号 {room} 不在登记簿中，请先导入名册或添加这一户。</source>
        <translation>Room {room} is not in the register: import the roster or add the household first.</translation>
    </message>
    <message>
        <source>{field}“{value}”是负数：期初欠费只导入欠的钱，多缴的钱请用“期初预存”导入。</source>
        <translation>{field} “{value}” is negative: opening arrears are only what is owed; import money paid in advance as opening credit.</translation>
    </message>
    <message>
        <source>缺少月份（所属期间，或起始、截止月份）。</source>
        <translation>The month is missing (the period, or the first and last months).</translation>
    </message>
    <message>
        <source>月份“{value}”无法识别，请写成 2024-03，或 2024-01至2024-06。</source>
        <translation>Month “{value}” not recognised: write 2024-03, or 2024-01至2024-06.</translation>
    </message>
    <message>
        <source>“{value}”的截止月份早于起始月份。</source>
        <translation>In “{value}” the last month is before the first.</translation>
    </message>
    <message>
        <source>“{value}”超过 {max} 个月，请核对。</source>
        <translation>“{value}” covers more than {max} months; please check.</translation>
    </message>
    <message>
        <source>“{value}”含有本月以后的月份：期初欠费只能是本月及以前的月份。</source>
        <translation>“{value}” includes months after this one: opening arrears can only be for this month or earlier.</translation>
    </message>
    <message>
        <source>缺少收费项目。</source>
        <translation>The fee item is missing.</translation>
    </message>
    <message>
        <source>金额是合并单元格（第 {rows} 行共用一个金额），无法分到各行：请把金额拆开，每行写自己的金额。</source>
        <translation>The amount is a merged cell (rows {rows} share one amount) and cannot be shared out: split it and give each row its own amount.</translation>
    </message>
    <message>
        <source>实缴金额大于应缴金额，请核对（多缴的钱请用“期初预存”导入）。</source>
        <translation>The amount paid is more than the amount due; please check (import money paid in advance as opening credit).</translation>
    </message>
    <message>
        <source>{room} 的{item} {month} 在文件中出现在多行（第 {rows} 行），无法确定哪一行正确。</source>
        <translation>{item} {month} of {room} is on several rows (rows {rows}); nobody can tell which is right.</translation>
    </message>
    <message>
        <source>{room} 的{item} {month} 已在本系统计费，不能再作为期初欠费导入（避免重复收费）。</source>
        <translation>{item} {month} of {room} is already billed here and cannot be imported as opening arrears (it would be charged twice).</translation>
    </message>
    <message>
        <source>{room} 已导入过期初预存。</source>
        <translation>{room} already has imported opening credit.</translation>
    </message>
    <message>
        <source>文件里没有要导入的欠费或预存（金额都是 0）。</source>
        <translation>The file has no arrears or credit to import (every amount is zero).</translation>
    </message>
    <message>
        <source>这个文件已于 {when} 导入（第 {number} 批），不能重复导入。如需重新导入，请先撤销第 {number} 批。</source>
        <translation>This file was imported on {when} (batch {number}) and cannot be imported twice. To import it again, undo batch {number} first.</translation>
    </message>
    <message>
        <source>收费项目“{items}”本处还没有。请先在收费项目中添加，或确认把它们建为“期初结转”项目（只记旧账，不会按月计费）。</source>
        <translation>This office has no fee item “{items}”. Add it under fee items first, or agree to create it as a carried-over item (old debts only, never billed monthly).</translation>
    </message>
    <message>
        <source>读取文件之后又生成了账单，请重新读取文件后再导入。</source>
        <translation>Bills were made after the file was read: read the file again, then import.</translation>
    </message>
    <message>
        <source>找不到第 {number} 批期初余额导入。</source>
        <translation>There is no opening balance batch {number}.</translation>
    </message>
    <message>
        <source>第 {number} 批已于 {when} 撤销。</source>
        <translation>Batch {number} was undone on {when}.</translation>
    </message>
    <message>
        <source>第 {number} 批不能撤销：{room} 已有缴费、减免或预存抵扣记在这批余额上。</source>
        <translation>Batch {number} cannot be undone: {room} has a payment, reduction or use of credit recorded against it.</translation>
    </message>
    <message>
        <source>{value} 不能计费：期初欠费已导入到 {last}，这些月份已在原系统计费。请从 {last} 之后的月份开始计费。</source>
        <translation>{value} cannot be billed: opening arrears run to {last}, so the old system billed those months. Start billing after {last}.</translation>
    </message>
    <message>
        <source>{field}“{value}”不是单价，应写成 2.35（元/㎡/月，最多四位小数）。</source>
        <translation>{field} “{value}” is not a rate; write 2.35 (yuan/m²/month, at most four decimals).</translation>
    </message>
    <message>
        <source>{field}“{value}”不是有效的月份，应写成 2026-01。</source>
        <translation>{field} “{value}” is not a month; write 2026-01.</translation>
    </message>
    <message>
        <source>{field}不能早于起始月份。</source>
        <translation>{field} cannot be before the first month.</translation>
    </message>
    <message>
        <source>找不到这个收费项目（编号 {number}）。</source>
        <translation>Fee item no. {number} does not exist.</translation>
    </message>
    <message>
        <source>收费项目“{name}”在这段时间已经存在；调整单价请用“调价”，从某月起按新单价收费。</source>
        <translation>Fee item “{name}” already exists for these months; to change its rate use “Change rate” from a month on.</translation>
    </message>
    <message>
        <source>新单价的起始月份必须在原项目的起止月份之内，且晚于其起始月份。</source>
        <translation>The new rate must start within the item&apos;s months and after its first month.</translation>
    </message>
    <message>
        <source>没有房号为 {value} 的住户。</source>
        <translation>There is no household in room {value}.</translation>
    </message>
    <message>
        <source>所选账单中有的不属于这户或已经结清，请重新选择。</source>
        <translation>Some of the chosen bills are not this household&apos;s or are already settled; choose again.</translation>
    </message>
    <message>
        <source>请至少勾选一笔要缴的账单。</source>
        <translation>Tick at least one bill to pay.</translation>
    </message>
    <message>
        <source>实收现金少于本次收款金额。</source>
        <translation>The cash tendered is less than the amount.</translation>
    </message>
    <message>
        <source>{field}不能晚于今天。</source>
        <translation>{field} cannot be after today.</translation>
    </message>
    <message>
        <source>收款日期必须在 {year} 年内：收据按年编号，不能补录到其他年份的收据序列。</source>
        <translation>The payment date must be in {year}: receipts are numbered by year, and a payment cannot be entered into another year&apos;s sequence.</translation>
    </message>
    <message>
        <source>{date} 及之前的收费日报已经打印，不能再补录这些日期的收款；请按今天的日期收款。</source>
        <translation>The daily takings reports up to {date} have been printed; payments can no longer be dated on those days. Please take the payment with today&apos;s date.</translation>
    </message>
    <message>
        <source>预存超过上限：预存余额最多 {months} 个月的费用（{cap} 元），这户已有预存 {credit} 元。请减少金额。</source>
        <translation>Over the prepayment cap: credit may cover at most {months} months of fees ({cap} yuan) and this household already has {credit} yuan. Lower the amount.</translation>
    </message>
    <message>
        <source>“{value}”不是收据号，收据号形如 2026-000123。</source>
        <translation>“{value}” is not a receipt number; they look like 2026-000123.</translation>
    </message>
    <message>
        <source>没有收据号为 {number} 的收据。</source>
        <translation>There is no receipt {number}.</translation>
    </message>
    <message>
        <source>收据 {number} 已于 {date} 作废。</source>
        <translation>Receipt {number} was voided on {date}.</translation>
    </message>
    <message>
        <source>减免金额超过所选账单的欠费（{owed} 元）。</source>
        <translation>The reduction is more than the chosen bills owe ({owed} yuan).</translation>
    </message>
    <message>
        <source>要导出 {rows} 行，超过 Excel 一张表的上限（{max} 行），请缩小月份或日期范围。</source>
        <translation>{rows} rows is more than an Excel sheet holds ({max}); narrow the months or dates.</translation>
    </message>
    <message>
        <source>张贴送达须附上张贴的照片，才能作为送达证据。</source>
        <translation>A posted letter needs a photo of the posting as proof of delivery.</translation>
    </message>
    <message>
        <source>{field}太大，最大 {max_mb} MB。</source>
        <translation>{field} is too large; at most {max_mb} MB.</translation>
    </message>
    <message>
        <source>送达日期必须在发出日期（{issued}）和今天之间。</source>
        <translation>The delivery date must be between the day it was sent ({issued}) and today.</translation>
    </message>
    <message>
        <source>没有符合条件的住户，没有生成通知书。</source>
        <translation>No household matches; no letters written.</translation>
    </message>
    <message>
        <source>这些字符没有可用的字体，印出来会是空白，所以没有生成：{chars}。请改用常用字或在括号里注明读音；或在这台电脑上安装含这些字的字体（如 Windows 的 SimSun-ExtB）后再打印。</source>
        <translation>No font can print these characters; they would come out blank, so nothing was made: {chars}. Use a common character or add its reading in brackets, or install a font with them on this PC (such as SimSun-ExtB on Windows) and print again.</translation>
    </message>
    <message>
        <source>找不到这份催缴通知书（编号 {number}）。</source>
        <translation>Demand letter no. {number} does not exist.</translation>
    </message>
    <message>
        <source>第一期的缴款日期不能早于签订协议的日期。</source>
        <translation>The first instalment cannot fall due before the agreement is signed.</translation>
    </message>
    <message>
        <source>分期总额必须大于 0，且不超过这户现在的欠费。</source>
        <translation>The total must be more than 0 and no more than the household owes now.</translation>
    </message>
    <message>
        <source>没有找到名叫“{name}”的现住人员，请填写房号。</source>
        <translation>Nobody called “{name}” lives here now; enter the room.</translation>
    </message>
    <message>
        <source>名叫“{name}”的住户有 {count} 户，请填写房号。</source>
        <translation>{count} households have someone called “{name}”; enter the room.</translation>
    </message>
    <message>
        <source>找不到这个活动（编号 {number}）。</source>
        <translation>Event no. {number} does not exist.</translation>
    </message>
    <message>
        <source>结束时间不能早于开始时间。</source>
        <translation>The end cannot be before the start.</translation>
    </message>
    <message>
        <source>报名截止时间不能晚于活动开始。</source>
        <translation>The sign-up deadline cannot be after the start.</translation>
    </message>
    <message>
        <source>活动已结束或已取消，不能再修改。</source>
        <translation>The event is finished or cancelled and can no longer be changed.</translation>
    </message>
    <message>
        <source>活动“{title}”现在的状态不能这样改（计划中 → 已发布 → 已结束，或取消）。</source>
        <translation>Event “{title}” cannot change to that now (planned → published → finished, or cancelled).</translation>
    </message>
    <message>
        <source>发生时间不能晚于受理时间。</source>
        <translation>The incident cannot have happened after it was reported.</translation>
    </message>
    <message>
        <source>{room} 是候补第 {position} 位，还没有名额，不能直接签到。</source>
        <translation>{room} is no. {position} on the waiting list and has no place yet; it cannot simply be checked in.</translation>
    </message>
    <message>
        <source>活动“{title}”还没有发布或已经结束，不能报名。</source>
        <translation>Event “{title}” is not published yet or is over: no sign-ups.</translation>
    </message>
    <message>
        <source>活动“{title}”的报名已于 {deadline} 截止。</source>
        <translation>Sign-ups for “{title}” closed at {deadline}.</translation>
    </message>
    <message>
        <source>这户已经报名了活动“{title}”。</source>
        <translation>This household has already signed up for “{title}”.</translation>
    </message>
    <message>
        <source>找不到这条报名记录（编号 {number}）。</source>
        <translation>Sign-up no. {number} does not exist.</translation>
    </message>
    <message>
        <source>找不到这条投诉报修记录（{number}）。</source>
        <translation>Complaint {number} does not exist.</translation>
    </message>
    <message>
        <source>请选择住户，或填写来访人姓名，或勾选匿名，或填写地点。</source>
        <translation>Choose a household, or enter the visitor&apos;s name, or tick anonymous, or enter a location.</translation>
    </message>
    <message>
        <source>涉及的另一户不能是反映人自己。</source>
        <translation>The other household cannot be the complainant&apos;s own.</translation>
    </message>
    <message>
        <source>{number} 现在的进度不允许这一步（流程：受理 → 派单/调查 → 处理 → 回复 → 回访 → 关闭）。</source>
        <translation>{number} cannot take this step now (the order is: received → assigned → handled → replied → followed up → closed).</translation>
    </message>
    <message>
        <source>找不到这次满意度调查（编号 {number}）。</source>
        <translation>Satisfaction survey {number} not found.</translation>
    </message>
    <message>
        <source>{year} 年没有满意度调查。</source>
        <translation>There is no satisfaction survey in {year}.</translation>
    </message>
    <message>
        <source>回收截止日期不能早于发放日期。</source>
        <translation>The return date cannot be before the day the forms are handed out.</translation>
    </message>
    <message>
        <source>按所选的调查对象找不到一户有人居住或有业主登记的住户。</source>
        <translation>No household with residents or a registered owner matches the households chosen.</translation>
    </message>
    <message>
        <source>{room} 不在这次调查的发放名单中。</source>
        <translation>{room} is not among the households this survey asked.</translation>
    </message>
    <message>
        <source>这份问卷一项也没有填写：请录入至少一项评价或意见，或标记为未交回。</source>
        <translation>This form has no answer: enter at least one answer or a comment, or mark it as not returned.</translation>
    </message>
    <message>
        <source>这次调查的问卷都已录入或标记为未交回。</source>
        <translation>Every form of this survey has been entered or marked as not returned.</translation>
    </message>
    <message>
        <source>找不到这条整改措施（编号 {number}）。</source>
        <translation>Improvement measure {number} not found.</translation>
    </message>
    <message>
        <source>只能派单给联系单位中在用的维保/供应商（编号 {number} 不是）。</source>
        <translation>Work can only be sent to a supplier in use in the contacts directory (no. {number} is not one).</translation>
    </message>
    <message>
        <source>找不到这个联系单位（编号 {number}）。</source>
        <translation>Organisation not found (no. {number}).</translation>
    </message>
    <message>
        <source>联系单位“{name}”已经登记过了。</source>
        <translation>The organisation “{name}” is already in the directory.</translation>
    </message>
    <message>
        <source>合同到期日不能早于合同开始日。</source>
        <translation>The contract cannot end before it starts.</translation>
    </message>
    <message>
        <source>找不到这条联系记录（编号 {number}）。</source>
        <translation>Contact not found (no. {number}).</translation>
    </message>
    <message>
        <source>下一步的日期不能早于这次联系的日期。</source>
        <translation>The next step cannot be dated before this contact.</translation>
    </message>
    <message>
        <source>找不到事件 {number}。</source>
        <translation>Incident {number} not found.</translation>
    </message>
    <message>
        <source>没有 {building} 栋。</source>
        <translation>There is no building {building}.</translation>
    </message>
    <message>
        <source>{building} 栋没有 {stairwell} 单元。</source>
        <translation>Building {building} has no stairwell {stairwell}.</translation>
    </message>
    <message>
        <source>事件 {number} 已经结束；如又出现，请先“重新打开”。</source>
        <translation>Incident {number} is closed; if it happens again, reopen it first.</translation>
    </message>
    <message>
        <source>事件 {number} 还没有结束：先填写经过、处理情况和防范措施并结束事件。</source>
        <translation>Incident {number} is not closed yet: close it with what happened, what was done and how it will be prevented.</translation>
    </message>
    <message>
        <source>这户不在事件 {number} 的影响范围内。</source>
        <translation>This household is not among those affected by incident {number}.</translation>
    </message>
    <message>
        <source>找不到这条装修记录（{number}）。</source>
        <translation>No such renovation record ({number}).</translation>
    </message>
    <message>
        <source>时段“{value}”无法识别：请写成 08:00-12:00，多个时段用逗号隔开。</source>
        <translation>Cannot read the time span “{value}”: write it as 08:00-12:00, several separated by commas.</translation>
    </message>
    <message>
        <source>{field}的时段有重叠。</source>
        <translation>The spans of {field} overlap.</translation>
    </message>
    <message>
        <source>清运时段 {slot} 落在电梯高峰 {peak} 内：清运须避开高峰。</source>
        <translation>The clearance slot {slot} falls in the lift&apos;s peak {peak}: clearance must avoid the peak.</translation>
    </message>
    <message>
        <source>{room} 已有未结束的装修登记 {number}：请在那条登记上延期或修改。</source>
        <translation>{room} already has an open renovation {number}: extend or change that one.</translation>
    </message>
    <message>
        <source>完工日期不能早于开工日期。</source>
        <translation>The end date cannot be before the start date.</translation>
    </message>
    <message>
        <source>一次登记最长 {days} 天；工期更长的，到期前办理延期。</source>
        <translation>A registration covers at most {days} days; longer works are extended before they end.</translation>
    </message>
    <message>
        <source>装修登记 {number} 已结束或未获批准。</source>
        <translation>Renovation {number} is closed or was refused.</translation>
    </message>
    <message>
        <source>装修登记 {number} 已审批：施工内容和开工日期不能再改（完工日期可延期）。</source>
        <translation>Renovation {number} has been decided: its works and start date stay as they are (the end date can be extended).</translation>
    </message>
    <message>
        <source>不批准时请写明原因。</source>
        <translation>Give the reason for refusing.</translation>
    </message>
    <message>
        <source>装修登记 {number} 还没有批准（或已验收）。</source>
        <translation>Renovation {number} is not approved (or has passed its final inspection).</translation>
    </message>
    <message>
        <source>装修押金还没有交足（应交 {due} 元，已交 {paid} 元），不能发放装修许可证。</source>
        <translation>The deposit is not fully paid (due {due} yuan, paid {paid} yuan): no permit yet.</translation>
    </message>
    <message>
        <source>清运日期不能早于今天。</source>
        <translation>The clearance date cannot be in the past.</translation>
    </message>
    <message>
        <source>清运日期须在装修期内（{first} 至 {last}）。</source>
        <translation>The clearance date must fall within the works ({first} to {last}).</translation>
    </message>
    <message>
        <source>没有“{slot}”这个清运时段；可选：{slots}。</source>
        <translation>There is no clearance slot “{slot}”; the slots are: {slots}.</translation>
    </message>
    <message>
        <source>{day} {slot} 的清运已约满，请换一个时段。</source>
        <translation>The slot {day} {slot} is full; choose another.</translation>
    </message>
    <message>
        <source>这次清运已经登记过结果了。</source>
        <translation>This clearance has its result already.</translation>
    </message>
    <message>
        <source>检查不合格时请写明发现的问题。</source>
        <translation>When an inspection fails, say what was found.</translation>
    </message>
    <message>
        <source>还有 {count} 项违规未整改，不能验收通过。</source>
        <translation>{count} violations are still to be put right: the final inspection cannot pass.</translation>
    </message>
    <message>
        <source>这次检查已于 {date} 做过。</source>
        <translation>This inspection was made on {date}.</translation>
    </message>
    <message>
        <source>{field}不能早于发现违规的日期。</source>
        <translation>{field} cannot be before the violation was found.</translation>
    </message>
    <message>
        <source>这项违规已经整改完成。</source>
        <translation>This violation has been put right already.</translation>
    </message>
    <message>
        <source>{field}超过了尚应缴的 {due} 元。</source>
        <translation>{field} is more than the {due} yuan still due.</translation>
    </message>
    <message>
        <source>装修登记 {number} 还没有验收通过：押金在竣工验收后退还。</source>
        <translation>Renovation {number} has not passed its final inspection: the deposit is refunded after it.</translation>
    </message>
    <message>
        <source>装修登记 {number} 没有在押的押金。</source>
        <translation>Renovation {number} has no deposit held.</translation>
    </message>
    <message>
        <source>扣款不能超过在押押金 {held} 元。</source>
        <translation>The deduction cannot exceed the deposit held, {held} yuan.</translation>
    </message>
    <message>
        <source>扣款须写明原因（损坏了什么）。</source>
        <translation>A deduction needs its reason (what was damaged).</translation>
    </message>
    <message>
        <source>扣款须附上损坏情况的照片或文件为证。</source>
        <translation>A deduction needs photos or files of the damage as evidence.</translation>
    </message>
    <message>
        <source>收据 {number} 收取的押金已经退还或扣除，不能再作废。</source>
        <translation>The deposit taken on receipt {number} has been refunded or deducted: the receipt cannot be voided.</translation>
    </message>
    <message>
        <source>找不到押金退还单 {number}。</source>
        <translation>No deposit refund slip {number}.</translation>
    </message>
    <message>
        <source>还没有填写办公室信息：请先在“设置 → 办公室信息”中填写（或运行 pmdesk init）。</source>
        <translation>The office profile has not been entered yet: fill it in under Settings → Office profile (or run pmdesk init).</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>小区名称</source>
        <translation>the estate name</translation>
    </message>
    <message>
        <source>服务中心名称</source>
        <translation>the office name</translation>
    </message>
    <message>
        <source>地址</source>
        <translation>the address</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>the phone</translation>
    </message>
    <message>
        <source>投诉电话</source>
        <translation>the complaints phone</translation>
    </message>
    <message>
        <source>印章图片</source>
        <translation>the seal image</translation>
    </message>
    <message>
        <source>收款二维码</source>
        <translation>payment QR code</translation>
    </message>
    <message>
        <source>服务等级</source>
        <translation>Service grade</translation>
    </message>
    <message>
        <source>开户银行</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>户名</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>收费时间</source>
        <translation>Payment hours</translation>
    </message>
    <message>
        <source>价格管理形式</source>
        <translation>Price form</translation>
    </message>
    <message>
        <source>户数</source>
        <translation>the number of households</translation>
    </message>
    <message>
        <source>年数</source>
        <translation>years</translation>
    </message>
    <message>
        <source>投诉报修件数</source>
        <translation>number of complaints</translation>
    </message>
    <message>
        <source>标题</source>
        <translation>the title</translation>
    </message>
    <message>
        <source>正文</source>
        <translation>the body</translation>
    </message>
    <message>
        <source>文书类型</source>
        <translation>the document type</translation>
    </message>
    <message>
        <source>姓名</source>
        <translation>the name</translation>
    </message>
    <message>
        <source>身份</source>
        <translation>the role</translation>
    </message>
    <message>
        <source>备用电话</source>
        <translation>the second phone</translation>
    </message>
    <message>
        <source>证件号</source>
        <translation>the ID number</translation>
    </message>
    <message>
        <source>入住日期</source>
        <translation>the move-in date</translation>
    </message>
    <message>
        <source>迁出日期</source>
        <translation>the move-out date</translation>
    </message>
    <message>
        <source>房屋状态</source>
        <translation>the unit state</translation>
    </message>
    <message>
        <source>房号</source>
        <translation>the room number</translation>
    </message>
    <message>
        <source>业主姓名</source>
        <translation>Owner&apos;s name</translation>
    </message>
    <message>
        <source>建筑面积</source>
        <translation>the floor area</translation>
    </message>
    <message>
        <source>交房日期</source>
        <translation>the handover date</translation>
    </message>
    <message>
        <source>车牌</source>
        <translation>the plate</translation>
    </message>
    <message>
        <source>车位</source>
        <translation>the parking space</translation>
    </message>
    <message>
        <source>车位类型</source>
        <translation>the space type</translation>
    </message>
    <message>
        <source>标签</source>
        <translation>the tags</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>date</translation>
    </message>
    <message>
        <source>备注</source>
        <translation>the note</translation>
    </message>
    <message>
        <source>导出内容</source>
        <translation>what to export</translation>
    </message>
    <message>
        <source>金额</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>单价</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>月份</source>
        <translation>month</translation>
    </message>
    <message>
        <source>起始月份</source>
        <translation>first month</translation>
    </message>
    <message>
        <source>截止月份</source>
        <translation>last month</translation>
    </message>
    <message>
        <source>适用房屋类型</source>
        <translation>unit types</translation>
    </message>
    <message>
        <source>计费方式</source>
        <translation>basis of charge</translation>
    </message>
    <message>
        <source>收费依据</source>
        <translation>basis</translation>
    </message>
    <message>
        <source>付款方式</source>
        <translation>method</translation>
    </message>
    <message>
        <source>实收现金</source>
        <translation>cash tendered</translation>
    </message>
    <message>
        <source>收款日期</source>
        <translation>date paid</translation>
    </message>
    <message>
        <source>交款人</source>
        <translation>payer</translation>
    </message>
    <message>
        <source>原因</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>收据号</source>
        <translation>receipt number</translation>
    </message>
    <message>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>数据库名</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>账单</source>
        <translation>bills</translation>
    </message>
    <message>
        <source>收据纸张</source>
        <translation>receipt paper</translation>
    </message>
    <message>
        <source>收据联数</source>
        <translation>Receipt copies</translation>
    </message>
    <message>
        <source>预存上限（月）</source>
        <translation>prepayment cap (months)</translation>
    </message>
    <message>
        <source>空置减收比例</source>
        <translation>vacancy reduction</translation>
    </message>
    <message>
        <source>空置满几个月</source>
        <translation>vacant months</translation>
    </message>
    <message>
        <source>作废日期</source>
        <translation>void date</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>status</translation>
    </message>
    <message>
        <source>情况记录</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>下一步</source>
        <translation>next step</translation>
    </message>
    <message>
        <source>下一步日期</source>
        <translation>next step date</translation>
    </message>
    <message>
        <source>沟通内容</source>
        <translation>what was said</translation>
    </message>
    <message>
        <source>结果</source>
        <translation>outcome</translation>
    </message>
    <message>
        <source>欠费月数</source>
        <translation>months owed</translation>
    </message>
    <message>
        <source>缴费期限（天）</source>
        <translation>days to pay</translation>
    </message>
    <message>
        <source>邮件单号</source>
        <translation>tracking number</translation>
    </message>
    <message>
        <source>证据文件</source>
        <translation>evidence file</translation>
    </message>
    <message>
        <source>送达日期</source>
        <translation>delivery date</translation>
    </message>
    <message>
        <source>期数</source>
        <translation>number of instalments</translation>
    </message>
    <message>
        <source>每期间隔（月）</source>
        <translation>months between instalments</translation>
    </message>
    <message>
        <source>第一期缴款日</source>
        <translation>first instalment date</translation>
    </message>
    <message>
        <source>签订日期</source>
        <translation>agreement date</translation>
    </message>
    <message>
        <source>情况描述</source>
        <translation>description</translation>
    </message>
    <message>
        <source>反映人</source>
        <translation>complainant</translation>
    </message>
    <message>
        <source>地点</source>
        <translation>location</translation>
    </message>
    <message>
        <source>住户</source>
        <translation>household</translation>
    </message>
    <message>
        <source>涉及的另一户</source>
        <translation>other household</translation>
    </message>
    <message>
        <source>受理时间</source>
        <translation>time received</translation>
    </message>
    <message>
        <source>发生时间</source>
        <translation>Happened at</translation>
    </message>
    <message>
        <source>承办人</source>
        <translation>assignee</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>text</translation>
    </message>
    <message>
        <source>发放日期</source>
        <translation>Handed out on</translation>
    </message>
    <message>
        <source>回收截止日期</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>评价方式</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>调查项目</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>抽样比例</source>
        <translation>Sample</translation>
    </message>
    <message>
        <source>评价</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>整改措施</source>
        <translation>Improvement measure</translation>
    </message>
    <message>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>完成期限</source>
        <translation>Due by</translation>
    </message>
    <message>
        <source>完成日期</source>
        <translation>Done on</translation>
    </message>
    <message>
        <source>达标线</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>大字版</source>
        <translation>Large print</translation>
    </message>
    <message>
        <source>收费项目</source>
        <translation>Fee item</translation>
    </message>
    <message>
        <source>应缴金额</source>
        <translation>Amount due</translation>
    </message>
    <message>
        <source>实缴金额</source>
        <translation>Amount paid</translation>
    </message>
    <message>
        <source>收银员</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <source>单位名称</source>
        <translation>Organisation name</translation>
    </message>
    <message>
        <source>单位类别</source>
        <translation>Organisation kind</translation>
    </message>
    <message>
        <source>负责事项</source>
        <translation>Responsible for</translation>
    </message>
    <message>
        <source>合同开始日</source>
        <translation>Contract start</translation>
    </message>
    <message>
        <source>合同到期日</source>
        <translation>Contract end</translation>
    </message>
    <message>
        <source>对方人员</source>
        <translation>Person there</translation>
    </message>
    <message>
        <source>商定事项</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <source>事件类别</source>
        <translation>Incident kind</translation>
    </message>
    <message>
        <source>影响范围</source>
        <translation>Places affected</translation>
    </message>
    <message>
        <source>住户注意事项</source>
        <translation>Advice to residents</translation>
    </message>
    <message>
        <source>统一口径</source>
        <translation>What to say</translation>
    </message>
    <message>
        <source>负责人</source>
        <translation>Handler</translation>
    </message>
    <message>
        <source>事情经过</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>处理情况</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>实际结束时间</source>
        <translation>Actual end</translation>
    </message>
    <message>
        <source>维保/供应商</source>
        <translation>Supplier</translation>
    </message>
    <message>
        <source>事件</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>联系单位</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>装修内容</source>
        <translation>works</translation>
    </message>
    <message>
        <source>须主管审批的项目</source>
        <translation>works a manager approves</translation>
    </message>
    <message>
        <source>开工日期</source>
        <translation>start date</translation>
    </message>
    <message>
        <source>完工日期</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>装修公司</source>
        <translation>contractor</translation>
    </message>
    <message>
        <source>施工负责人</source>
        <translation>foreman</translation>
    </message>
    <message>
        <source>负责人电话</source>
        <translation>foreman&apos;s phone</translation>
    </message>
    <message>
        <source>审批意见</source>
        <translation>remarks</translation>
    </message>
    <message>
        <source>工种</source>
        <translation>trade</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>slot</translation>
    </message>
    <message>
        <source>袋数</source>
        <translation>bags</translation>
    </message>
    <message>
        <source>检查情况</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>检查人</source>
        <translation>inspector</translation>
    </message>
    <message>
        <source>计划日期</source>
        <translation>planned date</translation>
    </message>
    <message>
        <source>整改期限</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>发现日期</source>
        <translation>date found</translation>
    </message>
    <message>
        <source>整改情况</source>
        <translation>what was done</translation>
    </message>
    <message>
        <source>整改日期</source>
        <translation>date put right</translation>
    </message>
    <message>
        <source>装修押金</source>
        <translation>deposit</translation>
    </message>
    <message>
        <source>垃圾清运费</source>
        <translation>clearance fee</translation>
    </message>
    <message>
        <source>扣款</source>
        <translation>deduction</translation>
    </message>
    <message>
        <source>允许施工时间</source>
        <translation>working hours</translation>
    </message>
    <message>
        <source>电梯高峰时段</source>
        <translation>lift peak hours</translation>
    </message>
    <message>
        <source>清运时段</source>
        <translation>clearance slots</translation>
    </message>
    <message>
        <source>每时段户数</source>
        <translation>households per slot</translation>
    </message>
    <message>
        <source>涉及结构等的押金</source>
        <translation>structural deposit</translation>
    </message>
    <message>
        <source>清运费单价</source>
        <translation>clearance rate</translation>
    </message>
    <message>
        <source>巡查间隔天数</source>
        <translation>inspection interval</translation>
    </message>
    <message>
        <source>周末禁止噪音作业</source>
        <translation>no noise at weekends</translation>
    </message>
    <message>
        <source>交回日期</source>
        <translation>date returned</translation>
    </message>
    <message>
        <source>检查</source>
        <translation>inspection</translation>
    </message>
    <message>
        <source>检查结果</source>
        <translation>result</translation>
    </message>
    <message>
        <source>账号</source>
        <translation>account</translation>
    </message>
    <message>
        <source>密码</source>
        <translation>password</translation>
    </message>
    <message>
        <source>保留最近备份</source>
        <translation>newest backups kept</translation>
    </message>
    <message>
        <source>保留每日备份</source>
        <translation>daily backups kept</translation>
    </message>
    <message>
        <source>保留每月备份</source>
        <translation>monthly backups kept</translation>
    </message>
    <message>
        <source>自动备份间隔</source>
        <translation>backup interval</translation>
    </message>
    <message>
        <source>异地备份提醒</source>
        <translation>off-machine reminder</translation>
    </message>
    <message>
        <source>无操作锁屏</source>
        <translation>idle lock</translation>
    </message>
    <message>
        <source>责任方</source>
        <translation>responsibility</translation>
    </message>
    <message>
        <source>有偿/无偿</source>
        <translation>paid or free</translation>
    </message>
    <message>
        <source>材料</source>
        <translation>materials</translation>
    </message>
    <message>
        <source>防止再发生的措施</source>
        <translation>measure</translation>
    </message>
    <message>
        <source>回复方式</source>
        <translation>how told</translation>
    </message>
    <message>
        <source>满意度</source>
        <translation>satisfaction</translation>
    </message>
    <message>
        <source>文件</source>
        <translation>file</translation>
    </message>
    <message>
        <source>来源</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>category</translation>
    </message>
    <message>
        <source>紧急程度</source>
        <translation>urgency</translation>
    </message>
    <message>
        <source>步骤</source>
        <translation>step</translation>
    </message>
    <message>
        <source>开始时间</source>
        <translation>start</translation>
    </message>
    <message>
        <source>结束时间</source>
        <translation>end</translation>
    </message>
    <message>
        <source>组织者</source>
        <translation>organiser</translation>
    </message>
    <message>
        <source>合作方</source>
        <translation>partners</translation>
    </message>
    <message>
        <source>对象</source>
        <translation>audience</translation>
    </message>
    <message>
        <source>楼栋</source>
        <translation>buildings</translation>
    </message>
    <message>
        <source>名额</source>
        <translation>places</translation>
    </message>
    <message>
        <source>预算</source>
        <translation>budget</translation>
    </message>
    <message>
        <source>实际花费</source>
        <translation>cost</translation>
    </message>
    <message>
        <source>报名截止</source>
        <translation>sign-up deadline</translation>
    </message>
    <message>
        <source>人数</source>
        <translation>people</translation>
    </message>
    <message>
        <source>联系方式</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>活动</source>
        <translation>event</translation>
    </message>
    <message>
        <source>重复</source>
        <translation>repeat</translation>
    </message>
    <message>
        <source>意见</source>
        <translation>comment</translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <source>作废收据</source>
        <translation>Void receipt</translation>
    </message>
    <message>
        <source>补录较早日期的收款</source>
        <translation>Payments dated further back</translation>
    </message>
    <message>
        <source>修改房屋面积或类型（影响收费）</source>
        <translation>Changing a unit&apos;s area or type (it changes the fees)</translation>
    </message>
    <message>
        <source>减免</source>
        <translation>Reductions</translation>
    </message>
    <message>
        <source>修改收费项目、单价和收费规则</source>
        <translation>Change fee items, rates and fee rules</translation>
    </message>
    <message>
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>查看完整证件号</source>
        <translation>See full ID numbers</translation>
    </message>
    <message>
        <source>管理账号</source>
        <translation>Manage accounts</translation>
    </message>
    <message>
        <source>修改备份与锁屏设置</source>
        <translation>Backup and lock settings changed</translation>
    </message>
    <message>
        <source>导入或撤销期初余额</source>
        <translation>import or undo opening balances</translation>
    </message>
    <message>
        <source>迁移到网络版</source>
        <translation>move to the networked edition</translation>
    </message>
    <message>
        <source>审批涉及结构、承重墙、外立面或防水的装修</source>
        <translation>approve renovations touching the structure, load-bearing walls, facade or waterproofing</translation>
    </message>
    <message>
        <source>从装修押金中扣款</source>
        <translation>deduct from a renovation deposit</translation>
    </message>
    <message>
        <source>修改装修管理设置（押金、时段）</source>
        <translation>change the renovation settings (deposits, slots)</translation>
    </message>
</context>
</TS>
