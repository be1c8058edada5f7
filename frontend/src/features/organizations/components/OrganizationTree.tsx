import { Card, Flex, Input, Switch, Tree, Typography, theme, type TreeDataNode } from 'antd';
import { useMemo, useState, type ReactNode } from 'react';
import { EmptyState, QueryState } from '../../../components/PageState';
import { useOrganizationTree } from '../api/organizations';
import { ancestorIds, searchTree, type OrganizationTreeNode } from '../tree';
import { ArchivedTag, OrgTypeTag } from './OrgTags';

interface OrganizationTreeProps {
  selectedId?: string;
  onSelect: (id: string) => void;
  /** Shown in the card's header, e.g. the 新建组织 button. */
  extra?: ReactNode;
}

/** 组织架构: the whole forest with search (name or code) and the 显示已撤销 toggle. */
export function OrganizationTree({ selectedId, onSelect, extra }: OrganizationTreeProps) {
  const [includeArchived, setIncludeArchived] = useState(false);
  const query = useOrganizationTree(includeArchived);

  return (
    <Card
      title="组织架构"
      extra={extra}
      size="small"
      styles={{ body: { paddingInline: 8 } }}
    >
      <QueryState
        query={query}
        isEmpty={(tree) => tree.roots.length === 0}
        empty={<EmptyState description="暂无组织，请先新建街道党工委" />}
      >
        {(tree) => (
          <SearchableTree
            roots={tree.roots}
            selectedId={selectedId}
            onSelect={onSelect}
            includeArchived={includeArchived}
            onIncludeArchivedChange={setIncludeArchived}
          />
        )}
      </QueryState>
    </Card>
  );
}

interface SearchableTreeProps {
  roots: OrganizationTreeNode[];
  selectedId?: string;
  onSelect: (id: string) => void;
  includeArchived: boolean;
  onIncludeArchivedChange: (value: boolean) => void;
}

function SearchableTree({ roots, selectedId, onSelect, includeArchived, onIncludeArchivedChange }: SearchableTreeProps) {
  const [search, setSearch] = useState('');
  const [expandedKeys, setExpandedKeys] = useState<string[]>(() => [
    ...roots.map((root) => root.id),
    ...(selectedId ? ancestorIds(roots, selectedId) : []),
  ]);
  // When the selection changes from outside (a link, the back button) or the tree is reloaded
  // (e.g. it now holds a just-created organization), open the path to the selected node.
  const [shown, setShown] = useState({ selectedId, roots });
  if (shown.selectedId !== selectedId || shown.roots !== roots) {
    setShown({ selectedId, roots });
    if (selectedId) setExpandedKeys((keys) => [...new Set([...keys, ...ancestorIds(roots, selectedId)])]);
  }

  const result = useMemo(() => searchTree(roots, search), [roots, search]);
  const treeData = useMemo(() => toTreeData(result.nodes, search), [result.nodes, search]);

  const onSearchChange = (value: string) => {
    setSearch(value);
    const expanded = searchTree(roots, value).expandedIds;
    if (expanded.length > 0) setExpandedKeys((keys) => [...new Set([...keys, ...expanded])]);
  };

  return (
    <Flex vertical gap={8}>
      <Input.Search
        placeholder="按名称或编码搜索"
        allowClear
        value={search}
        onChange={(event) => onSearchChange(event.target.value)}
        aria-label="搜索组织"
      />
      <Flex justify="space-between" align="center" style={{ paddingInline: 4 }}>
        <Typography.Text type="secondary">
          {search.trim() ? `匹配 ${result.matchedIds.size} 个组织` : '点击组织查看详情'}
        </Typography.Text>
        <label>
          <Flex gap={6} align="center">
            <Switch size="small" checked={includeArchived} onChange={onIncludeArchivedChange} />
            <Typography.Text>显示已撤销</Typography.Text>
          </Flex>
        </label>
      </Flex>
      {treeData.length === 0 ? (
        <EmptyState description="未找到匹配的组织" />
      ) : (
        <div style={{ maxHeight: 'calc(100vh - 300px)', minHeight: 200, overflow: 'auto' }}>
          <Tree
            blockNode
            treeData={treeData}
            expandedKeys={expandedKeys}
            onExpand={(keys) => setExpandedKeys(keys.map(String))}
            selectedKeys={selectedId ? [selectedId] : []}
            onSelect={(_, { node }) => onSelect(String(node.key))}
          />
        </div>
      )}
    </Flex>
  );
}

function toTreeData(nodes: OrganizationTreeNode[], search: string): TreeDataNode[] {
  return nodes.map((node) => ({
    key: node.id,
    title: <NodeTitle node={node} search={search} />,
    children: toTreeData(node.children, search),
  }));
}

function NodeTitle({ node, search }: { node: OrganizationTreeNode; search: string }) {
  const { token } = theme.useToken();
  // Inline text, so a long name wraps like a sentence instead of squeezing the code into a column.
  return (
    <span style={{ color: node.archived ? token.colorTextDisabled : undefined }} data-org-code={node.code}>
      <OrgTypeTag type={node.type} small /> <Highlight text={node.name} search={search} />{' '}
      <span style={{ color: token.colorTextTertiary, fontSize: 12, whiteSpace: 'nowrap' }}>
        <Highlight text={node.code} search={search} />
      </span>
      {node.archived && (
        <>
          {' '}
          <ArchivedTag />
        </>
      )}
    </span>
  );
}

/** The text with every case-insensitive occurrence of the search marked. Plain text only. */
function Highlight({ text, search }: { text: string; search: string }) {
  const { token } = theme.useToken();
  const q = search.trim().toLowerCase();
  if (!q) return <>{text}</>;
  const parts: ReactNode[] = [];
  const lower = text.toLowerCase();
  let from = 0;
  for (let at = lower.indexOf(q); at !== -1; at = lower.indexOf(q, from)) {
    if (at > from) parts.push(text.slice(from, at));
    parts.push(
      <mark key={at} style={{ background: token.colorWarningBg, color: token.colorError, padding: 0 }}>
        {text.slice(at, at + q.length)}
      </mark>,
    );
    from = at + q.length;
  }
  if (from < text.length) parts.push(text.slice(from));
  return <>{parts}</>;
}
