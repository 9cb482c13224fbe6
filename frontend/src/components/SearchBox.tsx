import { Input } from 'antd';

interface Props {
  /** The text searched for, as the URL has it. */
  value?: string;
  placeholder: string;
  /** The trimmed text, or undefined when the box is emptied. */
  onSearch: (q: string | undefined) => void;
}

/** The search box of a list page: it searches on Enter or the button, not while typing. */
export function SearchBox({ value, placeholder, onSearch }: Props) {
  return (
    <Input.Search
      // Remounted when the URL changes (back button, shared link) so the box shows what is searched.
      key={value ?? ''}
      defaultValue={value}
      allowClear
      enterButton
      placeholder={placeholder}
      aria-label={placeholder}
      onSearch={(q) => onSearch(q.trim() || undefined)}
      style={{ width: 280 }}
    />
  );
}
